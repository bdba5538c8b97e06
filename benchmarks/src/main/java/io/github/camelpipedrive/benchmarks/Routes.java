package io.github.camelpipedrive.benchmarks;

import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The two Camel routes under comparison, used both by the JMH benchmarks and by the start-up applications.
 */
public final class Routes {

    public static final String DEAL_ADD = "direct:dealAdd";
    public static final String PERSON_UPDATE = "direct:personUpdate";
    public static final String FILE_ADD = "direct:fileAdd";

    /** The header both routes take the person's id from. */
    public static final String PERSON_ID_HEADER_PIPEDRIVE = "CamelPipedriveId";

    public static final String PERSON_ID_HEADER_HTTP = "personId";

    private Routes() {}

    /** (a) The component: the body is the deal/person {@code Map}; the answer's {@code data} comes back as a Map. */
    public static RouteBuilder pipedrive() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(DEAL_ADD).routeId("pipedrive-deal-add").to("pipedrive:deal/add");
                from(PERSON_UPDATE).routeId("pipedrive-person-update").to("pipedrive:person/update");
                from(FILE_ADD).routeId("pipedrive-file-add").to("pipedrive:file/add?dealId=1");
            }
        };
    }

    /**
     * (b) What a Camel user writes without the component: camel-jackson marshals the Map, headers carry the token,
     * content type, method and path, camel-http sends it, camel-jackson reads the answer and a lambda picks
     * {@code data} (Simple's {@code ${body[data]}} would need camel-bean and cost more: the cheaper choice is
     * taken, so the comparison is conservative).
     *
     * @param baseUrl {@code http://host:port}, no trailing slash
     */
    public static RouteBuilder camelHttp(String baseUrl, String token) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(DEAL_ADD)
                        .routeId("http-deal-add")
                        .marshal()
                        .json()
                        .setHeader("x-api-token", constant(token))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .to(baseUrl + "/api/v2/deals")
                        .unmarshal()
                        .json()
                        .setBody(exchange ->
                                exchange.getMessage().getBody(Map.class).get("data"));
                from(PERSON_UPDATE)
                        .routeId("http-person-update")
                        .marshal()
                        .json()
                        .setHeader("x-api-token", constant(token))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .setHeader(Exchange.HTTP_METHOD, constant("PATCH"))
                        .setHeader(Exchange.HTTP_PATH, header(PERSON_ID_HEADER_HTTP))
                        .to(baseUrl + "/api/v2/persons")
                        .unmarshal()
                        .json()
                        .setBody(exchange ->
                                exchange.getMessage().getBody(Map.class).get("data"));
            }
        };
    }
}
