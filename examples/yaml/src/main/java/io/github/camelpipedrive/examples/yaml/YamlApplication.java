package io.github.camelpipedrive.examples.yaml;

import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.camel.main.Main;

/**
 * Camel Main running the YAML routes of src/main/resources/routes with src/main/resources/application.properties.
 * With no PIPEDRIVE_API_TOKEN it starts the embedded Pipedrive sandbox, drops the sample sign-ups
 * (src/main/resources/signups.jsonl) into a temporary inbox and stops once they are done; with a token it keeps
 * watching the inbox ({@code signups.inbox}) and writes to real Pipedrive.
 */
public final class YamlApplication {

    private YamlApplication() {}

    public static void main(String[] args) throws Exception {
        String token = System.getenv("PIPEDRIVE_API_TOKEN");
        if (token != null && !token.isBlank()) {
            new Main(YamlApplication.class).run(args);
            return;
        }
        try (PipedriveSandbox sandbox = PipedriveSandbox.start()) {
            Path inbox = Files.createTempDirectory("pipedrive-inbox");
            try (InputStream sample = YamlApplication.class.getResourceAsStream("/signups.jsonl")) {
                Files.copy(sample, inbox.resolve("signups.jsonl"), StandardCopyOption.REPLACE_EXISTING);
            }
            Main main = againstSandbox(sandbox, inbox);
            main.addOverrideProperty("camel.main.duration-max-messages", "1"); // one file, then stop
            main.run(args);
            System.out.println(
                    "persons in the sandbox: " + sandbox.entities("persons").size() + ", deals: "
                            + sandbox.entities("deals").size());
        }
    }

    /** A Camel Main for this example's routes and properties, pointed at the sandbox and the given inbox. */
    public static Main againstSandbox(PipedriveSandbox sandbox, Path inbox) {
        Main main = new Main(YamlApplication.class);
        main.addOverrideProperty("camel.component.pipedrive.base-url", sandbox.baseUrl());
        main.addOverrideProperty("camel.component.pipedrive.api-token", sandbox.token());
        main.addOverrideProperty("signups.inbox", inbox.toAbsolutePath().toString());
        return main;
    }
}
