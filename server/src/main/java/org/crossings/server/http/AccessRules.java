package org.crossings.server.http;

import static org.crossings.server.http.Rule.anyOf;
import static org.crossings.server.http.Rule.anyone;
import static org.crossings.server.http.Rule.holding;
import static org.crossings.server.http.Rule.officerAt;
import static org.crossings.server.http.Rule.signatoryOf;
import static org.crossings.server.http.Rule.signatoryOfAPartyTo;
import static org.crossings.server.http.Rule.signedIn;
import static org.crossings.server.http.Rule.signedInWithPassword;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crossings.server.people.Role;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call what: the one table of Crossings' access rules, from (method, path pattern) to a {@link Rule}.
 * What is not in the table is denied, so an endpoint without a row cannot be reached at all.
 *
 * <p>A new endpoint declares its rule by adding a row to {@link #crossings}, and its expectations by adding a row to
 * {@code AccessRulesTest}'s matrix. The first row whose method and pattern match decides; {@code HEAD} is read as
 * {@code GET}. Patterns are Spring's {@link PathPattern}s: {@code {party}} names a segment a rule reads,
 * {@code /**} matches the rest of the path.
 */
public final class AccessRules {

    private final List<Row> rows;

    private AccessRules(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The table. A lookup that rules need (the parties to an agreement) comes from the feature that knows it. */
    public static AccessRules crossings(AgreementParties agreementParties) {
        return new Builder()
                // open to everyone: the public log (C2SP tlog-tiles), health, signing in, the API description
                .row("GET", "/health", anyone())
                .row("GET", "/health/live", anyone())
                .row("GET", "/health/ready", anyone())
                .row("GET", "/metrics", signedIn())
                .row("GET", "/log/**", anyone())
                .row("GET", "/login", anyone())
                .row("POST", "/login", anyone())
                .row("POST", "/logout", anyone())
                .row("GET", "/favicon.ico", anyone())
                .row("GET", "/assets/**", anyone())
                .row("GET", "/openapi.*", anyone())
                .row("GET", "/v3/api-docs*", anyone())
                .row("GET", "/v3/api-docs/**", anyone())
                // who and where: parties with their published keys, posts and passages are public
                .row("GET", "/api/parties", anyone())
                .row("GET", "/api/parties/{code}", anyone())
                .row("GET", "/api/parties/{code}/keys", anyone())
                .row("POST", "/api/parties/{party}/keys", signatoryOf("party"))
                .row("GET", "/api/posts", anyone())
                .row("GET", "/api/posts/{code}", anyone())
                .row("GET", "/api/passages", anyone())
                // agreements: read by anyone signed in; proposed by a signatory (for the signatory's own party only);
                // amended, signed and suspended by a signatory of a party to the agreement
                .row("GET", "/api/agreements", signedIn())
                .row("GET", "/api/agreements/{agreement}", signedIn())
                .row("GET", "/api/agreements/{agreement}/versions/{version}", signedIn())
                .row("GET", "/api/agreements/{agreement}/signed-bytes", signedIn())
                .row("POST", "/api/agreements", holding(Role.AGREEMENT_SIGNATORY))
                .row("POST", "/api/agreements/{agreement}/versions", signatoryOfAPartyTo("agreement", agreementParties))
                .row("POST", "/api/agreements/{agreement}/versions/{version}/signatures",
                        signatoryOfAPartyTo("agreement", agreementParties))
                .row("POST", "/api/agreements/{agreement}/suspension",
                        signatoryOfAPartyTo("agreement", agreementParties))
                .row("POST", "/api/eligibility", signedIn())
                .row("GET", "/api/findings", signedIn())
                .row("GET", "/api/timeline", signedIn())
                // travellers: anyone pre-registers and fetches a receipt by its reference (receipts hold public
                // envelopes only); the front office (the operator's, or a state officer at the post left) takes in;
                // only state officers decide, and the use case checks the post and the side; a post's queue is its
                // officers'; personal data in a case or a payload only for the recipients the envelope names
                .row("POST", "/api/preregistrations", anyone())
                .row("GET", "/preregister", anyone())
                .row("POST", "/preregister", anyone())
                .row("POST", "/api/intake", anyOf(holding(Role.STATE_OFFICER), holding(Role.OPERATOR_FRONT_OFFICE)))
                .row("GET", "/api/cases/{reference}", signedIn())
                .row("POST", "/api/cases/{reference}/decisions", holding(Role.STATE_OFFICER))
                .row("GET", "/api/cases/{reference}/receipt", anyone())
                .row("GET", "/api/cases/{reference}/receipts/{index}", anyone())
                .row("GET", "/cases/{reference}/receipt", anyone())
                .row("GET", "/api/posts/{post}/queue", officerAt("post"))
                .row("GET", "/api/refusal-reasons", anyone())
                // a payload only for those who work with the data, of a party the envelope names (the route checks
                // the party): state officers, the operator's front office, observers; not carriers, who are the
                // public of a state party, nor signatories, who read agreements through their own routes
                .row("GET", "/api/entries/{index}/payload", anyOf(holding(Role.STATE_OFFICER),
                        holding(Role.OPERATOR_FRONT_OFFICE), holding(Role.OBSERVER)))
                // the desk: the same use cases as a screen, for officers and the operator's front office
                .row("GET", "/desk", anyOf(holding(Role.STATE_OFFICER), holding(Role.OPERATOR_FRONT_OFFICE)))
                .row("POST", "/desk/intake", anyOf(holding(Role.STATE_OFFICER), holding(Role.OPERATOR_FRONT_OFFICE)))
                .row("POST", "/desk/cases/{reference}/decision", holding(Role.STATE_OFFICER))
                // statistics: recomputed from the public envelopes (anyone holding the log can); signed in, since
                // each request reads the whole log
                .row("GET", "/api/statistics", signedIn())
                // who am I
                .row("GET", "/", signedIn())
                .row("GET", "/api/me", signedIn())
                // one's own API tokens: issued only to a person who signed in with a password, never to a token
                .row("POST", "/api/me/tokens", signedInWithPassword())
                .row("GET", "/api/me/tokens", signedIn())
                .row("DELETE", "/api/me/tokens/{token}", signedIn())
                .build();
    }

    /** Decides one request; {@code caller} is empty when no one signed in. */
    public Verdict decide(String method, String path, Optional<Caller> caller) {
        String asked = method.equals("HEAD") ? "GET" : method;
        PathContainer container = PathContainer.parsePath(path);
        for (Row row : rows) {
            PathPattern.PathMatchInfo match = row.method().equals(asked) ? row.pattern().matchAndExtract(container)
                    : null;
            if (match != null) {
                PathValues values = new PathValues(match.getUriVariables());
                return row.rule().allows(caller, values)
                        ? new Verdict.Allowed(row.rule().who(values))
                        : new Verdict.Denied(row.rule().who(values) + " is required");
            }
        }
        return new Verdict.Denied("no one may " + method + " " + path);
    }

    public List<Row> rows() {
        return rows;
    }

    /** One row of the table. */
    public record Row(String method, PathPattern pattern, Rule rule) {

        public Row {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(rule, "rule");
            HttpMethod.valueOf(method);
            for (String variable : rule.variables()) {
                if (!pattern.getPatternString().contains("{" + variable + "}")) {
                    throw new IllegalArgumentException("access rule " + method + " " + pattern + ": rule \""
                            + rule.who(PathValues.none()) + "\" reads {" + variable + "}, not in the pattern");
                }
            }
        }
    }

    /** What the table says about one request, and why, in words. */
    public sealed interface Verdict {
        boolean allowed();

        String reason();

        record Allowed(String reason) implements Verdict {
            @Override
            public boolean allowed() {
                return true;
            }
        }

        record Denied(String reason) implements Verdict {
            @Override
            public boolean allowed() {
                return false;
            }
        }
    }

    /** Builds a table; a method and pattern may appear only once. */
    public static final class Builder {
        private final List<Row> rows = new ArrayList<>();

        public Builder row(String method, String pattern, Rule rule) {
            Row row = new Row(method, PathPatternParser.defaultInstance.parse(pattern), rule);
            if (rows.stream().anyMatch(r -> r.method().equals(method) && r.pattern().equals(row.pattern()))) {
                throw new IllegalArgumentException("access rule " + method + " " + pattern + " is in the table twice");
            }
            rows.add(row);
            return this;
        }

        public AccessRules build() {
            return new AccessRules(rows);
        }
    }
}
