package io.github.camelpipedrive.component;

import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;

/**
 * The set-up every route test of the component shares: a real CamelContext whose {@code pipedrive} component sends
 * its token over real HTTP to a local Pipedrive (a WireMock server or the sandbox). A test says which token and, when
 * the component rather than each endpoint names the server, which base URL; it adds its routes and any further
 * settings of the component in {@link #configure(PipedriveComponent)}.
 */
public abstract class PipedriveTestSupport extends CamelTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PipedriveComponent component = context.getComponent("pipedrive", PipedriveComponent.class);
        // the token is set once, on the component (camel.component.pipedrive.api-token), never in an endpoint URI
        component.setApiToken(token());
        String baseUrl = componentBaseUrl();
        if (baseUrl != null) {
            component.setBaseUrl(baseUrl);
        }
        configure(component);
        return context;
    }

    /** The API token the component sends. */
    protected abstract String token();

    /** The server the component sends to, or {@code null} when the routes name it per endpoint ({@code ?baseUrl=}). */
    protected String componentBaseUrl() {
        return null;
    }

    /** This test's further settings of the component: retries, timeouts, the governor, ... */
    protected void configure(PipedriveComponent component) throws Exception {}
}
