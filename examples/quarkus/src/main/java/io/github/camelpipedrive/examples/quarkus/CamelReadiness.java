package io.github.camelpipedrive.examples.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck.Result;
import org.apache.camel.health.HealthCheck.State;
import org.apache.camel.health.HealthCheckHelper;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Camel's readiness checks (the pipedrive producer check among them) under {@code /q/health/ready}. This is what
 * camel-quarkus-microprofile-health does for every Camel check; that extension is not served to this build machine,
 * so the example carries the few lines it needs (see docs/deployment.md).
 */
@Readiness
@ApplicationScoped
public class CamelReadiness implements HealthCheck {

    @Inject
    CamelContext camel;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("camel-readiness-checks").up();
        // "full": one result per check; Camel's default exposure level leaves checks that are UP out
        Collection<Result> results = HealthCheckHelper.invokeReadiness(camel, "full");
        for (Result result : results) {
            response.withData(result.getCheck().getId(), result.getState().name());
            if (result.getState() == State.DOWN) {
                response.down();
            }
        }
        return response.build();
    }
}
