package org.crossings.server;

import java.util.Arrays;
import org.crossings.server.journal.store.PostgresJournal;
import org.crossings.tlog.log.LogWriter;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Crossings: {@code serve} (the default) runs the server; {@code rebuild} drops every read model, replays the
 * whole log into them and stops, without opening a port.
 */
@SpringBootApplication
public class CrossingsServer {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("rebuild")) {
            rebuild(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        String[] options = args.length > 0 && args[0].equals("serve") ? Arrays.copyOfRange(args, 1, args.length) : args;
        SpringApplication.run(CrossingsServer.class, options);
    }

    private static void rebuild(String[] options) {
        SpringApplication application = new SpringApplication(CrossingsServer.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(java.util.Map.of("crossings.demo", "false"));
        try (ConfigurableApplicationContext context = application.run(options)) {
            long entries = context.getBean(LogWriter.class).size();
            long started = System.nanoTime();
            context.getBean(PostgresJournal.class).rebuild();
            System.out.printf("Rebuilt the read models from %d log entries in %.1f s%n", entries,
                    (System.nanoTime() - started) / 1e9);
        }
    }
}
