package org.crossings.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * A request Spring Security's firewall refuses before any rule or route sees it (a path that is not normalised,
 * such as {@code //}, {@code /./} or {@code /api/%2e%2e/}; a {@code ;} parameter; an encoded {@code %}; a method it
 * does not know; a control character in a header): a 400 problem that says what the firewall found.
 */
public final class RejectedRequests implements RequestRejectedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        new Problem(400, "request-rejected", "Request refused", InternalNames.hidden(e.getMessage(),
                "the request's path, method or headers are not in a form this server accepts")).writeTo(response);
    }
}
