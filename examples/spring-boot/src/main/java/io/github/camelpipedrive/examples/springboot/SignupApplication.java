package io.github.camelpipedrive.examples.springboot;

import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * POST a sign-up to /signups: the person is found by e-mail address or created in Pipedrive, and a deal is added for
 * them. Configured only by application.yaml. With PIPEDRIVE_API_TOKEN set it talks to your Pipedrive; without it,
 * it starts the embedded Pipedrive sandbox first and hands its address and token to application.yaml as
 * {@code sandbox.base-url} and {@code sandbox.api-token}.
 */
@SpringBootApplication
public class SignupApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(SignupApplication.class);
        String token = System.getenv("PIPEDRIVE_API_TOKEN");
        PipedriveSandbox sandbox = null;
        if (token == null || token.isBlank()) {
            sandbox = PipedriveSandbox.start();
            app.setDefaultProperties(
                    Map.of("sandbox.base-url", sandbox.baseUrl(), "sandbox.api-token", sandbox.token()));
            System.out.println(
                    "No PIPEDRIVE_API_TOKEN: running against the embedded Pipedrive sandbox at " + sandbox.baseUrl());
        }
        PipedriveSandbox started = sandbox;
        if (started != null) {
            app.addListeners((ContextClosedEvent event) -> started.close());
        }
        ConfigurableApplicationContext context = app.run(args);
        context.registerShutdownHook();
    }
}
