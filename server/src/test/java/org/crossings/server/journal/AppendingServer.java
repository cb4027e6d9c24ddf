package org.crossings.server.journal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.Semaphore;
import org.crossings.server.CrossingsServer;
import org.crossings.tlog.log.LogWriter;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real server, plus load: appends entries through the server's own log writer as fast as it acknowledges them,
 * and prints {@code ack <index> <entry as hex>} for each acknowledged one. {@link ServerKillTest} runs it as a child
 * process and kills it with SIGKILL.
 */
public final class AppendingServer {

    private AppendingServer() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(CrossingsServer.class, args);
        LogWriter writer = context.getBean(LogWriter.class);
        String run = Long.toHexString(System.nanoTime());
        Semaphore inFlight = new Semaphore(256);
        for (long i = 0; ; i++) {
            inFlight.acquireUninterruptibly();
            byte[] entry = ("kill-test " + run + " " + i).getBytes(StandardCharsets.UTF_8);
            writer.append(entry).whenComplete((index, failure) -> {
                inFlight.release();
                if (failure == null) {
                    acknowledge(index, entry);
                }
            });
        }
    }

    private static void acknowledge(long index, byte[] entry) {
        String line = "ack " + index + " " + HexFormat.of().formatHex(entry);
        synchronized (System.out) {
            System.out.println(line);
            System.out.flush();
        }
    }
}
