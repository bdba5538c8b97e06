package io.github.camelpipedrive.sandbox;

import static io.github.camelpipedrive.sandbox.Http.obj;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Who may call, and which bodies Pipedrive refuses, with the error shapes a client parses. */
class AuthAndValidationTest {

    @RegisterExtension
    static PipedriveSandboxExtension pipedrive = PipedriveSandboxExtension.create();

    private Http http() {
        return new Http(pipedrive.sandbox());
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        Http anonymous = new Http(pipedrive.baseUrl(), null);
        Http.Reply reply = anonymous.get("/api/v2/deals");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json()).isEqualTo(Map.of("success", false, "error", "unauthorized access", "errorCode", 401));
        assertThat(new Http(pipedrive.baseUrl(), "wrong-token")
                        .get("/v1/users/me")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void theApiTokenQueryParameterIsNotAccepted() {
        Http anonymous = new Http(pipedrive.baseUrl(), null);
        assertThat(anonymous.get("/api/v2/deals?api_token=" + pipedrive.token()).status())
                .isEqualTo(401);
        assertThat(anonymous.get("/v1/users/me?api_token=" + pipedrive.token()).status())
                .isEqualTo(401);
    }

    @Test
    void bearerTokensAndAddedTokensAreAccepted() {
        Http anonymous = new Http(pipedrive.baseUrl(), null);
        HttpRequest.Builder bearer = HttpRequest.newBuilder(URI.create(pipedrive.baseUrl() + "/v1/users/me"))
                .header("Authorization", "Bearer " + pipedrive.token());
        assertThat(anonymous.send(bearer).status()).isEqualTo(200);
        pipedrive.sandbox().addToken("second-token");
        assertThat(new Http(pipedrive.baseUrl(), "second-token")
                        .get("/v1/users/me")
                        .data())
                .containsEntry("id", 1);
        assertThat(http().get("/api/v1/users/me").status())
                .as("v1 is also served under /api/v1")
                .isEqualTo(200);
    }

    @Test
    void aMissingRequiredFieldIsNamedInThe400() {
        Http.Reply reply = http().post("/api/v2/deals", obj("value", 100));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json())
                .containsEntry("success", false)
                .containsEntry("error", "\"title\" is required.")
                .containsEntry("error_info", "Please check developers.pipedrive.com")
                .containsEntry("data", null)
                .containsEntry("additional_data", null);
        assertThat(http().post(
                                "/v1/callLogs",
                                obj(
                                        "to_phone_number",
                                        "1",
                                        "start_time",
                                        "2024-01-01T10:00:00Z",
                                        "end_time",
                                        "2024-01-01T10:05:00Z"))
                        .json())
                .containsEntry("error", "\"outcome\" is required.");
    }

    @Test
    void aValueOutsideTheEnumIsA400() {
        Http.Reply reply = http().post("/v1/leadLabels", obj("name", "VIP", "color", "turquoise"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").toString())
                .contains("\"color\" must be one of")
                .contains("green");
        assertThat(http().post("/api/v2/deals", obj("title", "x", "status", "maybe"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void v2RefusesStringsForNumbersAndBooleans() {
        Http.Reply number = http().post("/api/v2/deals", obj("title", "Strict", "value", "100"));
        assertThat(number.status()).isEqualTo(400);
        assertThat(number.json()).containsEntry("error", "\"value\" must be a number.");
        assertThat(http().post("/api/v2/deals", obj("title", "Strict", "is_archived", 1))
                        .json())
                .containsEntry("error", "\"is_archived\" must be a boolean.");
        assertThat(http().post("/api/v2/deals", obj("title", "Strict", "person_id", "7"))
                        .status())
                .isEqualTo(400);
        assertThat(pipedrive.sandbox().entities("deals")).isEmpty();
    }

    @Test
    void v1ReadsNumbersFromFormStringsButRefusesGarbage() {
        Object deal = new Fixtures(http()).deal();
        Http.Reply ok = http().form(
                        "POST",
                        "/v1/files/remoteLink",
                        obj(
                                "item_type",
                                "deal",
                                "item_id",
                                String.valueOf(deal),
                                "remote_id",
                                "x",
                                "remote_location",
                                "googledrive"));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.data()).containsEntry("deal_id", deal);
        Http.Reply bad = http().form(
                        "POST",
                        "/v1/files/remoteLink",
                        obj("item_type", "deal", "item_id", "abc", "remote_id", "x", "remote_location", "googledrive"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json()).containsEntry("error", "\"item_id\" must be a number.");
    }

    @Test
    void unknownIdsAre404WithPipedrivesShape() {
        Http.Reply v2 = http().get("/api/v2/deals/999");
        assertThat(v2.status()).isEqualTo(404);
        assertThat(v2.json())
                .containsEntry("success", false)
                .containsEntry("error", "Entity was not found")
                .containsEntry("data", null);
        Http.Reply v1 = http().put("/v1/notes/999", obj("content", "x"));
        assertThat(v1.status()).isEqualTo(404);
        assertThat(v1.json()).containsEntry("error", "Note not found");
        assertThat(http().get("/api/v2/nothing-here").status()).isEqualTo(404);
        assertThat(http().put("/api/v2/deals/1", obj("title", "v2 has no PUT")).status())
                .isEqualTo(405);
    }

    @Test
    void customFieldValuesAreCheckedAgainstTheFieldDefinitions() {
        String tier = PipedriveSandbox.customFieldKey("deal", "Tier");
        String budget = PipedriveSandbox.customFieldKey("deal", "Budget");
        Map<String, Object> field = http().get("/api/v2/dealFields/" + tier).data();
        @SuppressWarnings("unchecked")
        Object gold = ((List<Map<String, Object>>) field.get("options")).get(0).get("id");

        Http.Reply ok = http().post(
                        "/api/v2/deals",
                        obj(
                                "title",
                                "Custom",
                                "custom_fields",
                                obj(tier, gold, budget, obj("value", 500, "currency", "EUR"))));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.data().get("custom_fields"))
                .isEqualTo(obj(
                        PipedriveSandbox.customFieldKey("deal", "Lead source"),
                        null,
                        tier,
                        gold,
                        PipedriveSandbox.customFieldKey("deal", "Interests"),
                        null,
                        budget,
                        obj("value", 500, "currency", "EUR"),
                        PipedriveSandbox.customFieldKey("deal", "Renewal date"),
                        null));
        assertThat(http().post("/api/v2/deals", obj("title", "Custom", "custom_fields", obj(tier, "Gold")))
                        .status())
                .isEqualTo(400);
        assertThat(http().post("/api/v2/deals", obj("title", "Custom", "custom_fields", obj(tier, 99999)))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void v2AcceptsJsonOnly() {
        Http.Reply reply = http().form("POST", "/api/v2/deals", obj("title", "Form"));
        assertThat(reply.status()).isEqualTo(415);
    }
}
