package org.crossings.server.http;

/** The few pieces of HTML the server writes itself, escaped; pages stay small enough not to need a template engine. */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    public static String page(String title, String body) {
        return page(title, "", body);
    }

    /**
     * A whole page. Its looks are in {@code /assets/crossings.css}, under the page's {@code kind} (the class of its
     * body); nothing is inline, which the Content-Security-Policy would refuse ({@link SecurityHeaders}).
     */
    public static String page(String title, String kind, String body) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
                <link rel="stylesheet" href="/assets/crossings.css">
                </head>
                <body%s>
                %s
                </body>
                </html>
                """.formatted(escape(title), kind.isEmpty() ? "" : " class=\"" + escape(kind) + "\"", body);
    }

    /** The CSRF field of a form; none for a machine client with an API token, which needs none (and has none). */
    public static String csrfField(org.springframework.security.web.csrf.CsrfToken token) {
        if (token == null) {
            return "";
        }
        return "<input type=\"hidden\" name=\"" + escape(token.getParameterName()) + "\" value=\""
                + escape(token.getToken()) + "\">";
    }
}
