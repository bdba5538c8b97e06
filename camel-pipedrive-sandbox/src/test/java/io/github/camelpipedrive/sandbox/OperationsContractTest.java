package io.github.camelpipedrive.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every write use case of the seed list, sent to the sandbox as a client would: it must succeed with the
 * {@code success:true} envelope, and the answer must validate against the operation's response schema in
 * Pipedrive's OpenAPI documents.
 */
class OperationsContractTest {

    @RegisterExtension
    static PipedriveSandboxExtension pipedrive = PipedriveSandboxExtension.create(b -> b.burstLimit(0));

    /**
     * Places where the published schema contradicts the API's documented behaviour, so the answer cannot match:
     * operation id, JSON pointer prefix, and why. Empty today: every answer validates as the documents stand.
     */
    private static final List<String[]> SCHEMA_EXCEPTIONS = List.of();

    @BeforeAll
    static void seedListPresent() {
        SeedOperations.assumePresent();
    }

    static Stream<SeedOperations.Operation> operations() {
        List<SeedOperations.Operation> all = SeedOperations.all();
        return all.isEmpty() ? Stream.of(new SeedOperations.Operation("none", "GET", "/", "", "")) : all.stream();
    }

    @Test
    void theSeedListHasEightyTwoOperationsAndTheRouteTableServesThemAll() {
        RouteTable table = new RouteTable();
        List<SeedOperations.Operation> ops = SeedOperations.all();
        assertThat(ops).hasSize(82);
        for (SeedOperations.Operation op : ops) {
            boolean served = table.routes().stream()
                    .anyMatch(r -> r.method().equals(op.method())
                            && r.fullPath().equals(op.path())
                            && r.operationId().equals(op.operationId()));
            assertThat(served)
                    .as("route table serves %s with operation id %s", op, op.operationId())
                    .isTrue();
            assertThat(OperationRequests.has(op.seedId()))
                    .as("request recipe for %s", op.seedId())
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void succeeds(SeedOperations.Operation op) {
        Http.Reply reply = send(op);
        assertThat(reply.status()).as("%s answered %s", op, reply).isBetween(200, 201);
        assertThat(reply.json()).containsEntry("success", true);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void answerMatchesPublishedSchema(SeedOperations.Operation op) {
        OpenApiDocs.assumePresent();
        Http.Reply reply = send(op);
        assertThat(reply.status()).as("%s answered %s", op, reply).isBetween(200, 201);
        Map<String, Object> schema = OpenApiDocs.responseSchema(op.method(), op.path(), reply.status());
        assertThat(schema)
                .as("the documents describe a %s JSON answer for %s", reply.status(), op)
                .isNotNull();
        List<String> errors = new ArrayList<>(SchemaValidator.validate(reply.json(), schema));
        for (String[] exception : SCHEMA_EXCEPTIONS) {
            if (exception[0].equals(op.operationId())) {
                errors.removeIf(e -> e.startsWith(exception[1]));
            }
        }
        assertThat(errors)
                .as("schema problems in %s answer %s", op, reply.body())
                .isEmpty();
    }

    private static Http.Reply send(SeedOperations.Operation op) {
        Http http = new Http(pipedrive.sandbox());
        OperationRequests.Request request = OperationRequests.build(op.seedId(), new Fixtures(http));
        assertThat(request.method()).isEqualTo(op.method());
        assertThat(request.path()).matches(op.path().replaceAll("\\{[^}]+}", "[^/]+"));
        return request.send(http);
    }
}
