package org.crossings.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Requests as bytes on a socket, because {@code java.net.http} normalises paths and refuses to send what a hostile
 * client sends: {@code //}, {@code %00}, a space in the path, a request line that is not HTTP at all.
 */
final class RawHttp {

    private final URI server;

    RawHttp(URI server) {
        this.server = server;
    }

    /** A request from its request line and headers; {@code Host} and {@code Connection: close} are added. */
    static String request(String requestLine, String... headers) {
        StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return request.append("\r\n").toString();
    }

    /** A request with a body, its {@code Content-Length} counted. */
    static String withBody(String requestLine, String contentType, String body) {
        return request(requestLine, "Content-Type: " + contentType,
                "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length) + body;
    }

    Response send(String request) {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return Response.parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    /** A response as it came: status, headers by lower-case name, and the body (de-chunked). */
    record Response(int status, Map<String, List<String>> headers, String body) {

        Optional<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
        }

        static Response parse(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1); // one char per byte
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new AssertionError("no complete response: " + text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        name -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
            }
            String body = text.substring(end + 4);
            boolean chunked = headers.getOrDefault("transfer-encoding", List.of()).contains("chunked");
            byte[] content = (chunked ? dechunk(body) : body).getBytes(StandardCharsets.ISO_8859_1);
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers,
                    new String(content, StandardCharsets.UTF_8));
        }

        private static String dechunk(String body) {
            StringBuilder out = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = body.indexOf("\r\n", at);
                int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    return out.toString();
                }
                out.append(body, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
        }
    }
}
