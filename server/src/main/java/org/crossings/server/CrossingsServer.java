package org.crossings.server;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts Crossings: {@code serve} (the default) runs the server; {@code rebuild} audits the stored log, drops every
 * read model, replays the whole log into them and stops, without opening a port ({@link Rebuilding}).
 */
@SpringBootApplication
public class CrossingsServer {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("rebuild")) {
            int exitCode = Rebuilding.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err);
            if (exitCode != Rebuilding.REBUILT) {
                System.exit(exitCode);
            }
            return;
        }
        String[] options = args.length > 0 && args[0].equals("serve") ? Arrays.copyOfRange(args, 1, args.length) : args;
        SpringApplication.run(CrossingsServer.class, options);
    }
}
