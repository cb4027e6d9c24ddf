package org.crossings.server.http;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Tells the person who started Crossings where to open it, once it answers. */
@Component
class ReadyMessage implements ApplicationListener<ApplicationReadyEvent> {

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            String host = event.getApplicationContext().getEnvironment().getProperty("server.address", "localhost");
            String url = "http://" + host + ":" + web.getWebServer().getPort() + "/";
            System.out.println();
            System.out.println("Crossings is ready: " + url);
            System.out.println("  health: " + url + "health    log: " + url + "log/checkpoint    stop: Ctrl-C");
            System.out.println();
        }
    }
}
