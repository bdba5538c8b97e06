package io.github.camelpipedrive.component.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.PipedriveTestSupport;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.util.Collection;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The readiness check: UP when the credentials work against Pipedrive (here the sandbox), DOWN with a reason when
 * they do not, request counters in its details, and never the token.
 */
class HealthCheckTest extends PipedriveTestSupport {

    static PipedriveSandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = PipedriveSandbox.start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Override
    protected String token() {
        return sandbox.token();
    }

    @Override
    protected String componentBaseUrl() {
        return sandbox.baseUrl();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getCamelContextExtension()
                .getContextPlugin(org.apache.camel.health.HealthCheckRegistry.class)
                .setEnabled(true);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:good").to("pipedrive:deal/add");
                from("direct:bad").to("pipedrive:deal/add?apiToken=tok-wrong-42");
            }
        };
    }

    private Map<String, HealthCheck.Result> pipedriveChecks() {
        // producer checks are off by default in Camel (camel.health.producersEnabled=true turns them on)
        context.getCamelContextExtension()
                .getContextPlugin(org.apache.camel.health.HealthCheckRegistry.class)
                .getRepository("producers")
                .ifPresent(repository -> repository.setEnabled(true));
        // "full": every check's result, not only the failing ones
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context, "full");
        Map<String, HealthCheck.Result> byId = new java.util.TreeMap<>();
        results.stream()
                .filter(r -> r.getCheck().getId().startsWith("producer:pipedrive"))
                .forEach(r -> byId.put(r.getCheck().getId(), r));
        return byId;
    }

    @Test
    void workingCredentialsAreUpAndWrongOnesAreDownWithoutShowingTheToken() {
        template.sendBody("direct:good", Map.of("title", "Acme"));

        Map<String, HealthCheck.Result> checks = pipedriveChecks();

        assertThat(checks).as("one check per token, not per endpoint").hasSize(2);
        HealthCheck.Result good = checks.values().stream()
                .filter(r -> r.getState() == HealthCheck.State.UP)
                .findFirst()
                .orElseThrow();
        HealthCheck.Result bad = checks.values().stream()
                .filter(r -> r.getState() == HealthCheck.State.DOWN)
                .findFirst()
                .orElseThrow();
        assertThat(good.getDetails())
                .containsEntry("pipedrive.auth.status", 200)
                .containsKey("pipedrive.rateLimit.limit")
                .containsEntry("pipedrive.rateLimit.store", "in memory");
        assertThat((Long) good.getDetails().get("pipedrive.requests.sent")).isGreaterThanOrEqualTo(1L);
        assertThat(bad.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("401"));
        for (HealthCheck.Result result : checks.values()) {
            assertThat(result.getDetails().toString())
                    .doesNotContain(sandbox.token())
                    .doesNotContain("tok-wrong-42");
            assertThat(result.getCheck().getId())
                    .doesNotContain(sandbox.token())
                    .doesNotContain("tok-wrong-42");
        }
    }
}
