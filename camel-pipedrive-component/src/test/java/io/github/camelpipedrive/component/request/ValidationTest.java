package io.github.camelpipedrive.component.request;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelpipedrive.component.PipedriveConstants;
import io.github.camelpipedrive.component.PipedriveTestSupport;
import io.github.camelpipedrive.component.error.PipedriveValidationException;
import io.github.camelpipedrive.component.error.PipedriveValidationException.Reason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the component refuses before anything is sent: each refusal is a {@link PipedriveValidationException} that
 * names the operation and the field, Pipedrive receives nothing, and the message stays as it came.
 */
class ValidationTest extends PipedriveTestSupport {

    @RegisterExtension
    static WireMockExtension pipedrive = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Override
    protected String token() {
        return "tok-validation-77";
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                String base = "?baseUrl=" + pipedrive.baseUrl();
                from("direct:leadLabel").to("pipedrive:leadLabel/add" + base);
                from("direct:webhook").to("pipedrive:webhook/add" + base);
                from("direct:discount").to("pipedrive:deal/addDiscount" + base);
                from("direct:product").to("pipedrive:product/add" + base);
                from("direct:lead").to("pipedrive:lead/add" + base);
                from("direct:follower").to("pipedrive:deal/addFollower" + base);
                from("direct:deal").to("pipedrive:deal/add" + base);
                from("direct:upload").to("pipedrive:file/add?dealId=7&baseUrl=" + pipedrive.baseUrl());
                from("direct:dealFieldUpdate")
                        .to("pipedrive:dealField/update" + base
                                + "&fieldCode=dcf558aac1ae4e8c4f849ba5e668430d8df9be12");
                from("direct:mailThread").to("pipedrive:mailbox/updateMailThread" + base + "&id=3");
                from("direct:personUpdate").to("pipedrive:person/update" + base);
            }
        };
    }

    /** Sends, expects the refusal, and checks that nothing left and the message is untouched. */
    private PipedriveValidationException refused(
            String route, Object body, Map<String, Object> headers, String key, String field, String... alsoSaid) {
        Exchange result = template.send(route, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new LinkedHashMap<>(headers));
        });

        assertThat(result.getException())
                .as("the exchange failed with a validation error")
                .isInstanceOf(PipedriveValidationException.class);
        PipedriveValidationException error = (PipedriveValidationException) result.getException();
        assertThat(error.getField()).isEqualTo(field);
        assertThat(error.getOperation()).isEqualTo(key);
        assertThat(error.getMessage())
                .contains("pipedrive:" + key)
                .contains(field)
                .contains("Nothing was sent");
        for (String said : alsoSaid) {
            assertThat(error.getMessage()).contains(said);
        }
        pipedrive.verify(0, anyRequestedFor(anyUrl()));
        assertThat(pipedrive.getAllServeEvents()).isEmpty();
        assertThat(result.getMessage().getBody()).as("the original body").isEqualTo(body);
        assertThat(result.getMessage().getHeaders())
                .as("the original headers")
                .containsExactlyInAnyOrderEntriesOf(headers);
        assertThat(result.getMessage().getHeaders()).doesNotContainKey(PipedriveConstants.RESPONSE_CODE);
        return error;
    }

    private PipedriveValidationException refused(
            String route, Object body, String key, String field, String... alsoSaid) {
        return refused(route, body, Map.of("X-Correlation", "order-4711"), key, field, alsoSaid);
    }

    @Test
    void aMissingRequiredFieldIsRefused() {
        PipedriveValidationException error =
                refused("direct:leadLabel", Map.of("name", "Hot"), "leadLabel/add", "color", "required");
        assertThat(error.getReason()).isEqualTo(Reason.MISSING_REQUIRED);
        assertThat(error.isMissingRequired()).isTrue();
    }

    @Test
    void aBlankRequiredFieldIsRefused() {
        refused("direct:leadLabel", Map.of("name", "  ", "color", "red"), "leadLabel/add", "name", "required");
    }

    @Test
    void anEmptyBodyNamesTheFirstMissingField() {
        refused("direct:deal", null, "deal/add", "title", "required");
    }

    @Test
    void aColourPipedriveDoesNotKnowIsRefused() {
        PipedriveValidationException error = refused(
                "direct:leadLabel", Map.of("name", "Hot", "color", "violet"), "leadLabel/add", "color", "violet");
        assertThat(error.getReason()).isEqualTo(Reason.INVALID_VALUE);
        assertThat(error.isMissingRequired()).isFalse();
        assertThat(error.getMessage())
                .as("says what is allowed")
                .contains("'red'")
                .contains("'dark-gray'");
    }

    @Test
    void aWebhookWithTheV1EventActionIsRefused() {
        refused(
                "direct:webhook",
                Map.of(
                        "name",
                        "Deal changes",
                        "subscription_url",
                        "https://hooks.example.com/p",
                        "event_action",
                        "updated",
                        "event_object",
                        "deal"),
                "webhook/add",
                "event_action",
                "updated");
    }

    @Test
    void aDiscountTypeOutsideTheEnumIsRefused() {
        refused(
                "direct:discount",
                Map.of("description", "Loyalty", "amount", 10, "type", "fixed"),
                Map.of(PipedriveConstants.ID, 42),
                "deal/addDiscount",
                "type",
                "fixed");
    }

    @Test
    void aV2NumericEnumGivenAsTextIsRefused() {
        // v2 does not coerce "3" to 3
        refused("direct:product", Map.of("name", "Widget", "visible_to", "3"), "product/add", "visible_to");
    }

    @Test
    void aV1NumericEnumGivenAsANumberIsAcceptedAndSentAsItIs() {
        pipedrive.stubFor(
                any(anyUrl())
                        .willReturn(
                                okJson(
                                        "{\"success\":true,\"data\":{\"id\":\"adf21080-0e10-11eb-879b-05d71fb426ec\",\"title\":\"Webinar\"}}")));

        Exchange result =
                template.send("direct:lead", e -> e.getMessage().setBody(Map.of("title", "Webinar", "visible_to", 3)));

        assertThat(result.getException()).isNull();
        pipedrive.verify(
                1,
                postRequestedFor(urlEqualTo("/v1/leads"))
                        .withRequestBody(equalToJson("{\"title\":\"Webinar\",\"visible_to\":3}")));
    }

    @Test
    void aV1NumericEnumOutsideTheSetIsRefusedWhetherTextOrNumber() {
        refused("direct:lead", Map.of("title", "Webinar", "visible_to", 4), "lead/add", "visible_to");
        refused("direct:lead", Map.of("title", "Webinar", "visible_to", "everyone"), "lead/add", "visible_to");
    }

    @Test
    void aMissingPathParameterIsRefused() {
        PipedriveValidationException error = refused("direct:follower", Map.of("user_id", 2), "deal/addFollower", "id");
        assertThat(error.getMessage()).as("says how to give it").contains(PipedriveConstants.ID);
        assertThat(error.getReason()).isEqualTo(Reason.MISSING_REQUIRED);
    }

    @Test
    void aNonNumericIdIsRefused() {
        refused(
                "direct:follower",
                Map.of("user_id", 2),
                Map.of(PipedriveConstants.ID, "abc"),
                "deal/addFollower",
                "id",
                "abc");
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        refused("direct:deal", "title=Acme&value=500", "deal/add", "body", "JSON");
    }

    @Test
    void aJsonArrayIsNotAnObjectAndIsRefused() {
        refused("direct:deal", "[{\"title\":\"Acme\"}]", "deal/add", "body");
        refused("direct:deal", List.of(Map.of("title", "Acme")), "deal/add", "body");
    }

    @Test
    void anUploadWithoutAFileIsRefused() {
        PipedriveValidationException error =
                refused("direct:upload", null, Map.of(Exchange.FILE_NAME, "contract.pdf"), "file/add", "file", "empty");
        assertThat(error.getReason()).isEqualTo(Reason.MISSING_REQUIRED);
    }

    @Test
    void aDeadLetterChannelGetsTheMessageIntact() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead"));
                from("direct:guarded").to("pipedrive:leadLabel/add?baseUrl=" + pipedrive.baseUrl());
            }
        });
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(1);
        Map<String, Object> label = Map.of("name", "Hot", "color", "violet");

        template.sendBodyAndHeader("direct:guarded", label, "X-Correlation", "order-4711");

        dead.assertIsSatisfied();
        Exchange deadExchange = dead.getReceivedExchanges().get(0);
        assertThat(deadExchange.getMessage().getBody()).isEqualTo(label);
        assertThat(deadExchange.getMessage().getHeader("X-Correlation")).isEqualTo("order-4711");
        assertThat(deadExchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))
                .isInstanceOf(PipedriveValidationException.class)
                .hasMessageContaining("pipedrive:leadLabel/add")
                .hasMessageContaining("color");
        pipedrive.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aFractionalIdIsRefusedRatherThanTruncated() {
        // 7.9 must not quietly become deal 7
        refused(
                "direct:follower",
                Map.of("user_id", 2),
                Map.of(PipedriveConstants.ID, 7.9),
                "deal/addFollower",
                "id",
                "7.9");
        refused("direct:follower", Map.of("user_id", 2), Map.of(PipedriveConstants.ID, "0"), "deal/addFollower", "id");
    }

    @Test
    void aWholeNumberIdGivenAsADoubleIsSentAsAnInteger() {
        pipedrive.stubFor(any(anyUrl()).willReturn(okJson("{\"success\":true,\"data\":{\"user_id\":2}}")));

        Exchange result = template.send("direct:follower", e -> {
            e.getMessage().setBody(Map.of("user_id", 2));
            e.getMessage().setHeader(PipedriveConstants.ID, 42.0);
        });

        assertThat(result.getException()).isNull();
        pipedrive.verify(1, postRequestedFor(urlEqualTo("/api/v2/deals/42/followers")));
    }

    @Test
    void aFieldUpdateWithNothingToChangeIsRefused() {
        refused("direct:dealFieldUpdate", Map.of(), "dealField/update", "body", "at least one field");
    }

    @Test
    void aFormFieldCannotCarryAList() {
        refused(
                "direct:mailThread",
                Map.of("deal_id", List.of(1, 2)),
                "mailbox/updateMailThread",
                "deal_id",
                "single value");
    }

    @Test
    void aV1NumericEnumGivenAsAWholeDoubleIsAccepted() {
        pipedrive.stubFor(any(anyUrl()).willReturn(okJson("{\"success\":true,\"data\":{\"id\":\"x\"}}")));

        Exchange result = template.send(
                "direct:lead", e -> e.getMessage().setBody(Map.of("title", "Webinar", "visible_to", 3.0)));

        assertThat(result.getException()).isNull();
    }

    @Test
    void anUpdateWithTheIdInHeaderAndBodySendsItOnlyInThePath() {
        pipedrive.stubFor(any(anyUrl()).willReturn(okJson("{\"success\":true,\"data\":{\"id\":7}}")));

        Exchange result = template.send("direct:personUpdate", e -> {
            e.getMessage().setBody(Map.of("id", 7, "job_title", "CTO"));
            e.getMessage().setHeader(PipedriveConstants.ID, 7);
        });

        assertThat(result.getException()).isNull();
        pipedrive.verify(
                1,
                com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor(urlEqualTo("/api/v2/persons/7"))
                        .withRequestBody(equalToJson("{\"job_title\":\"CTO\"}")));
    }

    /** A POJO whose unset fields must not be sent as explicit nulls (a PATCH would clear them). */
    public static class PersonChange {
        public String name;
        public String job_title;
        public Integer org_id;
    }

    @Test
    void aPojoBodyLeavesItsUnsetFieldsOut() {
        pipedrive.stubFor(any(anyUrl()).willReturn(okJson("{\"success\":true,\"data\":{\"id\":7}}")));
        PersonChange change = new PersonChange();
        change.job_title = "CTO";

        Exchange result = template.send("direct:personUpdate", e -> {
            e.getMessage().setBody(change);
            e.getMessage().setHeader(PipedriveConstants.ID, 7);
        });

        assertThat(result.getException()).isNull();
        pipedrive.verify(
                1,
                com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor(urlEqualTo("/api/v2/persons/7"))
                        .withRequestBody(equalToJson("{\"job_title\":\"CTO\"}")));
    }
}
