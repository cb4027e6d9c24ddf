package org.crossings.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call what: the one table of Crossings' access rules, from (method, path pattern) to a {@link Rule}.
 * What is not in the table is denied, so an endpoint without a row cannot be reached at all.
 *
 * <p>Each feature contributes its rows ({@link AccessRows}); {@code org.crossings.server.AccessTable} assembles them
 * into this one table. A new endpoint declares its rule by adding a row to its feature's rows, and its expectations
 * by adding a row to {@code AccessRulesTest}'s matrix. The first row whose method and pattern match decides; {@code HEAD} is read as
 * {@code GET}. Patterns are Spring's {@link PathPattern}s: {@code {party}} names a segment a rule reads,
 * {@code /**} matches the rest of the path.
 */
public final class AccessRules {

    private final List<Row> rows;

    private AccessRules(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The one table made of every feature's rows, in the order given; a method and pattern may appear once. */
    public static AccessRules of(List<? extends AccessRows> features) {
        Builder table = new Builder();
        features.forEach(feature -> feature.addTo(table));
        return table.build();
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
