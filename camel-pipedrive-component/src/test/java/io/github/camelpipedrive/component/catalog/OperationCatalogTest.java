package io.github.camelpipedrive.component.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalog's own attributes agree with the operations they describe: which bodies may carry the entity id, which
 * bodies are an entity's fields, and the upsert endpoints' steps.
 */
class OperationCatalogTest {

    @Test
    void everyUpdateOfOneEntityByIdTakesTheIdFromTheBodyAndNothingElseDoes() {
        Set<String> declared = keys(OperationCatalog.all().stream().filter(PipedriveOperation::takesIdFromBody));
        Set<String> updatesById = keys(OperationCatalog.all().stream()
                .filter(op -> op.action().equals("update")
                        && op.path().endsWith("/{id}")
                        && op.bodyType() != BodyType.MULTIPART));

        assertThat(declared).isEqualTo(updatesById).contains("person/update", "activityType/update", "task/update");
    }

    @Test
    void theAddAndUpdateOfAnEntityWithCustomFieldsShareOneBodyDescription() {
        for (PipedriveOperation op : OperationCatalog.all()) {
            if (op.entityBody() == null) {
                continue;
            }
            // reads carry the entity's body description too: resolveFieldNames names their answers
            assertThat(op.action()).as(op.key()).isIn("add", "update", "get", "list", "listArchived", "search");
            if (!op.action().equals("add") && !op.action().equals("update")) {
                continue;
            }
            PipedriveOperation other =
                    OperationCatalog.find(op.resource(), op.action().equals("add") ? "update" : "add");
            if (other != null) {
                assertThat(other.entityBody())
                        .as("%s and %s", op.key(), other.key())
                        .isSameAs(op.entityBody());
            }
        }
        assertThat(OperationCatalog.find("lead", "add").entityBody().fieldEntity())
                .as("leads use the deal fields")
                .isEqualTo("deal");
        assertThat(keys(OperationCatalog.all().stream().filter(op -> op.entityBody() != null)))
                .contains(
                        "deal/add",
                        "person/add",
                        "person/update",
                        "organization/add",
                        "product/update",
                        "activity/add",
                        "lead/add")
                .doesNotContain("deal/addProduct", "note/add", "dealField/add");
    }

    @Test
    void eachUpsertAddsWithTheCatalogsAddAndUpdatesAnEntityBodyById() {
        assertThat(OperationCatalog.upserts())
                .extracting(UpsertOperation::key)
                .containsExactly("deal/upsert", "organization/upsert", "person/upsert", "product/upsert");
        for (UpsertOperation upsert : OperationCatalog.upserts()) {
            assertThat(upsert.add()).isSameAs(OperationCatalog.find(upsert.resource(), "add"));
            assertThat(upsert.update().key()).isEqualTo(upsert.resource() + "/update");
            assertThat(upsert.update().takesIdFromBody()).as(upsert.key()).isTrue();
            assertThat(upsert.update().entityBody())
                    .as(upsert.key())
                    .isSameAs(upsert.add().entityBody());
            assertThat(OperationCatalog.findUpsert(upsert.resource(), UpsertOperation.ACTION))
                    .isSameAs(upsert);
        }
        assertThat(OperationCatalog.findUpsert("note", "upsert")).isNull();
        assertThat(OperationCatalog.findUpsert("person", "add")).isNull();
    }

    private static Set<String> keys(Stream<PipedriveOperation> operations) {
        return operations.map(PipedriveOperation::key).collect(Collectors.toCollection(TreeSet::new));
    }
}
