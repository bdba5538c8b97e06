package io.github.camelpipedrive.examples.quarkus;

import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts the embedded Pipedrive sandbox before the application and points the component at it: the configuration
 * it returns overrides application.properties for the test run.
 */
public class SandboxResource implements QuarkusTestResourceLifecycleManager {

    static final String LOG_FILE = "target/quarkus-test.log";

    private PipedriveSandbox sandbox;

    @Override
    public Map<String, String> start() {
        sandbox = PipedriveSandbox.builder().token("quarkus-example-token").start();
        return Map.of(
                "camel.component.pipedrive.base-url",
                sandbox.baseUrl(),
                "camel.component.pipedrive.api-token",
                sandbox.token(),
                // the start-up log ("Installed features: [...]") is checked by the test
                "quarkus.log.file.enabled",
                "true",
                "quarkus.log.file.path",
                LOG_FILE);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(
                sandbox, new TestInjector.AnnotatedAndMatchesType(InjectSandbox.class, PipedriveSandbox.class));
    }

    @Override
    public void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
