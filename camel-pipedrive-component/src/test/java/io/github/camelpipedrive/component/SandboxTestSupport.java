package io.github.camelpipedrive.component;

import io.github.camelpipedrive.sandbox.PipedriveSandboxExtension;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link PipedriveTestSupport} against the sandbox: started for each test class, emptied before each test, without
 * its burst limit, and the component's rate-limit governor off (pacing would only slow the tests down).
 * {@link #http} reads and seeds the sandbox directly, beside the routes.
 */
public abstract class SandboxTestSupport extends PipedriveTestSupport {

    @RegisterExtension
    protected static final PipedriveSandboxExtension pipedrive = PipedriveSandboxExtension.create(b -> b.burstLimit(0));

    protected SandboxHttp http;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        http = new SandboxHttp(pipedrive.sandbox());
        return super.createCamelContext();
    }

    @Override
    protected String token() {
        return pipedrive.token();
    }

    @Override
    protected String componentBaseUrl() {
        return pipedrive.baseUrl();
    }

    @Override
    protected void configure(PipedriveComponent component) throws Exception {
        component.setRateLimitGovernor(false);
    }
}
