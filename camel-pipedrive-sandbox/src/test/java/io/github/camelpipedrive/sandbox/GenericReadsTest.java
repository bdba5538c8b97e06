package io.github.camelpipedrive.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reads and deletes without a handler of their own are answered from the shape of the path, like Pipedrive: a page
 * in the version's paging style, the record or a 404, a delete that removes, a bulk delete of the named ids; paths
 * outside Pipedrive's resources stay unknown.
 */
class GenericReadsTest {

    @RegisterExtension
    static PipedriveSandboxExtension pipedrive = PipedriveSandboxExtension.create(b -> b.burstLimit(0));

    @Test
    void listsAreEmptyPagesInTheVersionsStyle() {
        Http http = new Http(pipedrive.sandbox());
        Http.Reply v1 = http.get("/v1/userConnections?start=0&limit=10");
        assertThat(v1.status()).isEqualTo(200);
        assertThat(v1.json()).containsEntry("success", true).containsEntry("data", List.of());
        assertThat(v1.json().get("additional_data"))
                .isEqualTo(Map.of("pagination", Map.of("start", 0, "limit", 10, "more_items_in_collection", false)));
        Http.Reply roles = http.get("/v1/roles/1/assignments");
        assertThat(roles.status()).as("a sub-list of a stored record").isEqualTo(200);
        Http.Reply v2 = http.get("/api/v2/boards");
        assertThat(v2.status()).isEqualTo(200);
        assertThat(v2.json().get("additional_data")).isEqualTo(java.util.Collections.singletonMap("next_cursor", null));
    }

    @Test
    void unknownIdsAre404AndDeletesRemove() {
        Http http = new Http(pipedrive.sandbox());
        assertThat(http.get("/v1/roles/4711").status()).isEqualTo(404);
        assertThat(http.get("/v1/roles/4711").json()).containsEntry("success", false);
        assertThat(http.delete("/api/v2/deals/4711/followers/3").status())
                .as("parent missing")
                .isEqualTo(404);

        Object id = pipedrive.sandbox().insert("deals", Map.of("title", "Generic"));
        assertThat(http.get("/api/v2/deals/" + id + "/followers/changelog").status())
                .isEqualTo(200);
        assertThat(http.delete("/api/v2/deals/" + id).status()).isEqualTo(200);
        assertThat(pipedrive.sandbox().entity("deals", id)).isNull();
        assertThat(http.delete("/api/v2/deals/" + id).status())
                .as("deleted twice")
                .isEqualTo(404);
    }

    @Test
    void bulkDeletesRemoveTheNamedIds() {
        Http http = new Http(pipedrive.sandbox());
        Object a = pipedrive.sandbox().insert("notes", Map.of("content", "a"));
        Object b = pipedrive.sandbox().insert("notes", Map.of("content", "b"));
        Http.Reply reply = http.delete("/v1/notes?ids=" + a + "," + b);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(pipedrive.sandbox().entity("notes", a)).isNull();
        assertThat(pipedrive.sandbox().entity("notes", b)).isNull();
        assertThat(http.delete("/v1/filters").status()).as("ids are required").isEqualTo(400);
    }

    @Test
    void pathsOutsidePipedrivesResourcesStayUnknown() {
        assertThat(new Http(pipedrive.sandbox()).get("/api/v2/nothing-here/5").status())
                .isEqualTo(404);
    }
}
