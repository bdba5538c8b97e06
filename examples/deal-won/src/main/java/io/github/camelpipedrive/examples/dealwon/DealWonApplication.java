package io.github.camelpipedrive.examples.dealwon;

import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.main.SimpleMainShutdownStrategy;

/**
 * Runs the deal-won trigger. With no configuration it starts the embedded Pipedrive sandbox, which delivers the
 * webhook to this application over loopback; a demo route adds a deal and wins it, and the application stops once
 * the note is added. With PIPEDRIVE_API_TOKEN and PIPEDRIVE_WEBHOOK_URL (the public HTTPS URL that reaches this
 * application's port, DEALWON_PORT, default 8080, path /pipedrive/events/deal/change) it runs against real Pipedrive
 * until stopped.
 */
public final class DealWonApplication {

    private DealWonApplication() {}

    public static void main(String[] args) throws Exception {
        String token = System.getenv("PIPEDRIVE_API_TOKEN");
        String publicUrl = System.getenv("PIPEDRIVE_WEBHOOK_URL");
        Main main = new Main();
        PipedriveSandbox sandbox = null;
        int port;
        if (token == null || token.isBlank()) {
            sandbox = PipedriveSandbox.start();
            port = freePort();
            main.addInitialProperty("camel.component.pipedrive.base-url", sandbox.baseUrl());
            main.addInitialProperty("dealwon.sandbox-token", sandbox.token());
            main.addInitialProperty("camel.component.pipedrive.api-token", "{{dealwon.sandbox-token}}");
            main.addInitialProperty("dealwon.public-url", "http://127.0.0.1:" + port + "/pipedrive/events/deal/change");
            main.configure().addRoutesBuilder(demo(main, sandbox));
            main.setShutdownStrategy(new SimpleMainShutdownStrategy());
            System.out.println("Running against the embedded Pipedrive sandbox (" + sandbox.baseUrl() + ")");
        } else {
            if (publicUrl == null || publicUrl.isBlank()) {
                System.err.println("Set PIPEDRIVE_WEBHOOK_URL to the public HTTPS URL that reaches this application "
                        + "(path /pipedrive/events/deal/change), or unset PIPEDRIVE_API_TOKEN to use the sandbox");
                System.exit(2);
                return;
            }
            String portValue = System.getenv("DEALWON_PORT");
            port = portValue == null || portValue.isBlank() ? 8080 : Integer.parseInt(portValue.trim());
            main.addInitialProperty("camel.component.pipedrive.api-token", "env:PIPEDRIVE_API_TOKEN");
            main.addInitialProperty("dealwon.public-url", publicUrl);
        }
        main.addMainListener(httpServer(port));
        main.configure().addRoutesBuilder(new DealWonRoutes());
        try {
            main.run(args);
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    /** Vert.x's HTTP server on loopback, where platform-http (and so the trigger) receives. */
    static MainListenerSupport httpServer(int port) {
        return new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport main) {
                VertxPlatformHttpServerConfiguration http = new VertxPlatformHttpServerConfiguration();
                http.setBindHost("127.0.0.1");
                http.setBindPort(port);
                try {
                    main.getCamelContext().addService(new VertxPlatformHttpServer(http));
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot start the HTTP server on port " + port, e);
                }
            }
        };
    }

    /** On the sandbox: add a deal, win it, and stop once the sandbox holds the note. */
    private static RouteBuilder demo(Main main, PipedriveSandbox sandbox) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:demo?repeatCount=1&delay=500")
                        .setBody(constant(Map.of("title", "Acme renewal")))
                        .to("pipedrive:deal/add")
                        .log("Added deal ${body[id]} '${body[title]}'; marking it won")
                        .setBody(constant(Map.of("title", "Acme renewal", "status", "won")))
                        .to("pipedrive:deal/upsert");
                from("timer:done?period=200&repeatCount=100")
                        .filter(e -> sandbox.entities("notes").stream()
                                .anyMatch(n -> "Won: Acme renewal".equals(n.get("content"))))
                        .log("The sandbox holds the note; stopping")
                        .process(e -> main.completed());
            }
        };
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
