package org.crossings.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts Crossings. */
@SpringBootApplication
public class CrossingsServer {
    public static void main(String[] args) {
        SpringApplication.run(CrossingsServer.class, args);
    }
}
