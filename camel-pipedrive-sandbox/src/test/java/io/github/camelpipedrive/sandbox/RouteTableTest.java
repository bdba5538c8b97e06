package io.github.camelpipedrive.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The route table's facts (operation ids, token costs) agree with Pipedrive's documents where those have them. */
class RouteTableTest {

    private final RouteTable table = new RouteTable();

    @Test
    void tokenCostsAndOperationIdsMatchTheDocuments() {
        OpenApiDocs.assumePresent();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Route route : table.routes()) {
            Map<String, Object> op = OpenApiDocs.operation(route.method(), route.fullPath());
            if (op == null) {
                continue; // sandbox-only reads (e.g. GET /v1/goals/{id}) have no document entry
            }
            checked++;
            Object cost = op.get("x-token-cost");
            if (cost != null && ((Number) cost).intValue() != route.tokenCost()) {
                mismatches.add(route.method() + " " + route.fullPath() + ": cost " + route.tokenCost()
                        + ", documents say " + cost);
            }
            if (!route.operationId().equals(op.get("operationId"))) {
                mismatches.add(route.method() + " " + route.fullPath() + ": operation id " + route.operationId()
                        + ", documents say " + op.get("operationId"));
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(checked).isGreaterThan(150);
    }

    @Test
    void literalPathsWinOverParameters() {
        RouteTable.Match search = table.match("GET", ApiVersion.V2, "/persons/search");
        assertThat(search.route().operationId()).isEqualTo("searchPersons");
        RouteTable.Match byId = table.match("GET", ApiVersion.V2, "/persons/7");
        assertThat(byId.route().operationId()).isEqualTo("getPerson");
        assertThat(byId.params()).containsEntry("id", "7");
        assertThat(table.match("GET", ApiVersion.V1, "/users/me").route().operationId())
                .isEqualTo("getCurrentUser");
    }

    @Test
    void everyRouteIsUnique() {
        List<String> keys = table.routes().stream()
                .map(r -> r.method() + " " + r.fullPath())
                .toList();
        assertThat(keys).doesNotHaveDuplicates();
    }
}
