package org.crossings.server.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Tells the person who started Crossings where to open it, once it answers: on the console, or as one log line when
 * the console carries JSON logs ({@code logging.structured.format.console}), so that every line stays JSON.
 */
@Component
class ReadyMessage implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            String host = event.getApplicationContext().getEnvironment().getProperty("server.address", "localhost");
            String url = "http://" + host + ":" + web.getWebServer().getPort() + "/";
            if (event.getApplicationContext().getEnvironment().containsProperty("logging.structured.format.console")) {
                log.info("Crossings is ready: {} (health: {}health, log: {}log/checkpoint)", url, url, url);
                return;
            }
            System.out.println();
            System.out.println("Crossings is ready: " + url);
            System.out.println("  health: " + url + "health    log: " + url + "log/checkpoint    stop: Ctrl-C");
            System.out.println();
        }
    }
}
