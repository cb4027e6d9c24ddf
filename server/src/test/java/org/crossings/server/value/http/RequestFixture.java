package org.crossings.server.value.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Test fixture: one bad request in a file of {@code bad-requests/<class>/}, and the problem it must get.
 *
 * <pre>
 * # comments, if any
 * POST /api/intake as operator-front-office      (the method, the path, and who sends it if anyone)
 * 400 feeCollected.amount                        (the status, and the field the problem must name)
 *
 * {"feeCollected": {"amount": "1e-1000000000", "currency": "USD"}}    (the body, if any: the rest of the file)
 * </pre>
 */
record RequestFixture(String name, String method, String path, Optional<String> as, int status, String field,
                      String body) {

    @Override
    public String toString() {
        return name;
    }

    /** Every fixture of one class of bad input. */
    static Stream<RequestFixture> of(String kind) {
        try (Stream<Path> files = Files.list(directory(kind))) {
            return files.sorted().map(RequestFixture::read).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory(String kind) {
        try {
            return Path.of(RequestFixture.class.getResource("bad-requests/" + kind).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RequestFixture read(Path file) {
        List<String> lines = lines(file).stream().dropWhile(line -> line.startsWith("#")).toList();
        String[] request = lines.get(0).split(" ");
        String[] expected = lines.get(1).split(" ", 2);
        String body = String.join("\n", lines.subList(Math.min(3, lines.size()), lines.size()));
        return new RequestFixture(file.getFileName().toString(), request[0], request[1],
                request.length == 4 ? Optional.of(request[3]) : Optional.empty(), Integer.parseInt(expected[0]),
                expected[1], body);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
