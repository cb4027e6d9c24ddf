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
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body { font-family: system-ui, sans-serif; max-width: 26rem; margin: 4rem auto; padding: 0 1rem; color: #222; }
                h1 { font-size: 1.6rem; margin-bottom: .2rem; } p.lead { color: #555; margin-top: 0; }
                label { display: block; margin-top: 1rem; font-weight: 600; }
                input[type=text], input[type=password] { width: 100%%; padding: .5rem; font-size: 1rem; box-sizing: border-box; }
                button { margin-top: 1.2rem; padding: .6rem 1.2rem; font-size: 1rem; }
                .error { background: #fde8e8; border: 1px solid #e0a0a0; padding: .6rem; }
                .note { background: #eef5ee; border: 1px solid #a0c8a0; padding: .6rem; }
                </style>
                </head>
                <body>
                %s
                </body>
                </html>
                """.formatted(escape(title), body);
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
