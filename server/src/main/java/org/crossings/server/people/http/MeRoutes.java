package org.crossings.server.people.http;

import org.crossings.server.http.Caller;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who the caller is, as the server sees them; clients show it and check their token with it. */
@RestController
class MeRoutes {

    /** The caller in JSON; {@code post} only on a state officer's grants. */
    record Me(String username, String displayName, String party, List<Grant> roles, String signedInBy) {
    }

    record Grant(String role, String post) {
    }

    @GetMapping(path = "/api/me", produces = "application/json")
    ResponseEntity<Me> me(Caller caller) {
        List<Grant> grants = caller.person().grants().stream()
                .map(grant -> new Grant(grant.role().name(), grant.post() == null ? null : grant.post().value()))
                .toList();
        Me me = new Me(caller.username().value(), caller.person().displayName(), caller.party().value(), grants,
                caller.signedInBy().name());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(me);
    }
}
