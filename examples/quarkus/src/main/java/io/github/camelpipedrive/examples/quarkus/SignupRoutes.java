package io.github.camelpipedrive.examples.quarkus;

import io.github.camelpipedrive.component.PipedriveConstants;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;

/** A sign-up becomes a Pipedrive person (found by e-mail address, or created) and a deal for that person. */
public class SignupRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:signup")
                .routeId("signup")
                .setVariable("signup", body())
                .process(e -> e.getMessage()
                        .setBody(e.getMessage().getBody(Signup.class).person()))
                .to("pipedrive:person/upsert?matchBy=email")
                .setVariable("person", header(PipedriveConstants.UPSERT_RESULT))
                .process(e -> e.getMessage()
                        .setBody(e.getVariable("signup", Signup.class)
                                .deal(e.getMessage().getBody(Map.class).get("id"))))
                .to("pipedrive:deal/add?outputClass=io.github.camelpipedrive.examples.quarkus.Deal")
                .log("sign-up: person ${variable.person}, deal added");
    }
}
