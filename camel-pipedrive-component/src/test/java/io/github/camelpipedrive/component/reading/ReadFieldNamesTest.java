package io.github.camelpipedrive.component.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.PipedriveConstants;
import io.github.camelpipedrive.component.SandboxTestSupport;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

/**
 * Custom fields by name on the new operations: deal/update resolves display names in its body, and with
 * resolveFieldNames=true get, list and search answers carry names and labels instead of hash keys and option ids.
 */
class ReadFieldNamesTest extends SandboxTestSupport {

    static final String TIER = PipedriveSandbox.customFieldKey("deal", "Tier");

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:add").to("pipedrive:deal/add");
                from("direct:update").to("pipedrive:deal/update");
                from("direct:get").to("pipedrive:deal/get?resolveFieldNames=true");
                from("direct:list").to("pipedrive:deal/list?resolveFieldNames=true&query.limit=500");
                from("direct:delete").to("pipedrive:deal/delete");
            }
        };
    }

    @Test
    @SuppressWarnings("unchecked")
    void updateTakesNamesAndReadsAnswerWithNames() {
        Exchange added = template.request(
                "direct:add", e -> e.getMessage().setBody(Map.of("title", "Acme renewal", "Tier", "Silver")));
        assertThat(added.getException()).isNull();
        Object id = added.getMessage().getBody(Map.class).get("id");

        Exchange updated =
                template.request("direct:update", e -> e.getMessage().setBody(Map.of("id", id, "Tier", "Gold")));
        assertThat(updated.getException()).isNull();
        Map<String, Object> stored = pipedrive.sandbox().entity("deals", id);
        Map<String, Object> custom = (Map<String, Object>) stored.get("custom_fields");
        assertThat(custom.get(TIER))
                .as("the option id of Gold, under the field's key")
                .isNotNull()
                .isNotEqualTo("Gold");

        Exchange got = template.request("direct:get", e -> e.getMessage().setHeader(PipedriveConstants.ID, id));
        assertThat(got.getException()).isNull();
        Map<String, Object> deal = got.getMessage().getBody(Map.class);
        assertThat((Map<String, Object>) deal.get("custom_fields"))
                .containsEntry("Tier", "Gold")
                .doesNotContainKey(TIER);

        Exchange listed = template.request("direct:list", e -> {});
        assertThat(listed.getException()).isNull();
        List<Map<String, Object>> deals = listed.getMessage().getBody(List.class);
        Map<String, Object> ours =
                deals.stream().filter(d -> id.equals(d.get("id"))).findFirst().orElseThrow();
        assertThat((Map<String, Object>) ours.get("custom_fields")).containsEntry("Tier", "Gold");

        Exchange deleted = template.request("direct:delete", e -> e.getMessage().setHeader(PipedriveConstants.ID, id));
        assertThat(deleted.getException()).isNull();
        assertThat(deleted.getMessage().getBody(Map.class)).containsEntry("id", id);
        Exchange gone = template.request("direct:get", e -> e.getMessage().setHeader(PipedriveConstants.ID, id));
        assertThat(gone.getException())
                .isInstanceOf(io.github.camelpipedrive.component.error.PipedriveNotFoundException.class);
    }
}
