package io.github.camelpipedrive.examples.springboot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.stereotype.Component;

/**
 * {@code POST /signups} with {@code {"name": "Ada Lovelace", "email": "ada@example.com", "deal": "Analytical engine",
 * "value": 5000}}: the person is upserted by e-mail address ({@code pipedrive:person/upsert}), then a deal is added
 * for them ({@code pipedrive:deal/add}). The answer says what was stored.
 */
@Component
public class SignupRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("platform-http:/signups?httpMethodRestrict=POST")
                .routeId("signup")
                .unmarshal()
                .json(JsonLibrary.Jackson, Map.class)
                .setVariable("signup", body())
                .process(SignupRoutes::personBody)
                .to("pipedrive:person/upsert?matchBy=email")
                .setVariable("personId", simple("${body[id]}"))
                .setVariable("person", header("CamelPipedriveUpsertResult"))
                .process(SignupRoutes::dealBody)
                .to("pipedrive:deal/add")
                .process(SignupRoutes::answer)
                .marshal()
                .json(JsonLibrary.Jackson)
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(201))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));
    }

    static void personBody(Exchange exchange) {
        Map<?, ?> signup = exchange.getVariable("signup", Map.class);
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", signup.get("name"));
        person.put("emails", List.of(Map.of("value", signup.get("email"), "primary", true)));
        exchange.getMessage().setBody(person);
    }

    static void dealBody(Exchange exchange) {
        Map<?, ?> signup = exchange.getVariable("signup", Map.class);
        Map<String, Object> deal = new LinkedHashMap<>();
        deal.put("title", signup.get("deal") != null ? signup.get("deal") : signup.get("name") + " sign-up");
        if (signup.get("value") != null) {
            deal.put("value", signup.get("value"));
            deal.put("currency", "EUR");
        }
        deal.put("person_id", exchange.getVariable("personId"));
        exchange.getMessage().setBody(deal);
    }

    static void answer(Exchange exchange) {
        Map<?, ?> deal = exchange.getMessage().getBody(Map.class);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("personId", exchange.getVariable("personId"));
        answer.put("person", exchange.getVariable("person"));
        answer.put("dealId", deal.get("id"));
        exchange.getMessage().setBody(answer);
    }
}
