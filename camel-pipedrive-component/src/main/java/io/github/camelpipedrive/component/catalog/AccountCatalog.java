package io.github.camelpipedrive.component.catalog;

import static io.github.camelpipedrive.component.catalog.HttpMethod.DELETE;
import static io.github.camelpipedrive.component.catalog.HttpMethod.GET;
import static io.github.camelpipedrive.component.catalog.PipedriveOperation.op;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.BOOLEAN;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.INTEGER;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.NUMBER;
import static io.github.camelpipedrive.component.catalog.QueryParameter.Type.STRING;

import java.util.List;

/**
 * The operations on users, roles, permission sets, teams, webhooks and the other account-level resources beyond the seed's writes (reads, lists, searches, deletes, the remaining updates),
 * registered into {@link OperationCatalog}. Facts as Pipedrive publishes them: v2 where Pipedrive has the operation,
 * v1 otherwise.
 */
final class AccountCatalog {

    private static final String CHANNELS =
            "Pipedrive deprecated the Messaging Channels API (2025-11-14) and announced its removal for 2026-02-01; kept for accounts that still answer it";

    private static final String LEGACY_TEAMS =
            "Pipedrive marks all legacyTeams endpoints deprecated (an upgraded Teams API is announced, with no replacement published yet)";

    private AccountCatalog() {}

    static List<PipedriveOperation> entries() {
        return List.of(
                op("billing/listAddons", null, GET, "/v1/billing/subscriptions/addons", "List the company's add-ons")
                        .noBody()
                        .tokenCost(20)
                        .build(),
                op("channel/delete", null, DELETE, "/v1/channels/{id}", "Delete a channel")
                        .noBody()
                        .textParam("id")
                        .tokenCost(6)
                        .deprecated(CHANNELS)
                        .build(),
                op(
                                "channel/deleteConversation",
                                null,
                                DELETE,
                                "/v1/channels/{channel-id}/conversations/{conversation-id}",
                                "Delete a conversation of a channel")
                        .noBody()
                        .textParam("channelId")
                        .textParam("conversationId")
                        .tokenCost(6)
                        .deprecated(CHANNELS)
                        .build(),
                op("currency/list", null, GET, "/v1/currencies", "List currencies")
                        .noBody()
                        .query("term", STRING)
                        .tokenCost(20)
                        .build(),
                op(
                                "legacyTeam/deleteUsers",
                                null,
                                DELETE,
                                "/v1/legacyTeams/{id}/users",
                                "Delete users of a legacy team")
                        .required("users")
                        .tokenCost(10)
                        .example("{\"users\":[10]}")
                        .deprecated(LEGACY_TEAMS)
                        .build(),
                op("legacyTeam/get", null, GET, "/v1/legacyTeams/{id}", "Get one legacy team")
                        .noBody()
                        .query("skip_users", NUMBER, 0, 1)
                        .tokenCost(2)
                        .deprecated(LEGACY_TEAMS)
                        .build(),
                op("legacyTeam/list", null, GET, "/v1/legacyTeams", "List legacy teams")
                        .noBody()
                        .query("order_by", STRING, "id", "name", "manager_id", "active_flag")
                        .query("skip_users", NUMBER, 0, 1)
                        .tokenCost(20)
                        .deprecated(LEGACY_TEAMS)
                        .build(),
                op("legacyTeam/listForUser", null, GET, "/v1/legacyTeams/user/{id}", "List the teams of a user")
                        .noBody()
                        .query("order_by", STRING, "id", "name", "manager_id", "active_flag")
                        .query("skip_users", NUMBER, 0, 1)
                        .tokenCost(20)
                        .deprecated(LEGACY_TEAMS)
                        .build(),
                op("legacyTeam/listUsers", null, GET, "/v1/legacyTeams/{id}/users", "List the users of a legacy team")
                        .noBody()
                        .tokenCost(20)
                        .deprecated(LEGACY_TEAMS)
                        .build(),
                op(
                                "meeting/unlinkUserProvider",
                                null,
                                DELETE,
                                "/v1/meetings/userProviderLinks/{id}",
                                "Unlink a user from an installed video call integration")
                        .noBody()
                        .textParam("id")
                        .tokenCost(6)
                        .build(),
                op("permissionSet/get", null, GET, "/v1/permissionSets/{id}", "Get one permission set")
                        .noBody()
                        .textParam("id")
                        .tokenCost(2)
                        .build(),
                op("permissionSet/list", null, GET, "/v1/permissionSets", "List permission sets")
                        .noBody()
                        .query(
                                "app",
                                STRING,
                                "sales",
                                "projects",
                                "campaigns",
                                "global",
                                "account_settings",
                                "partnership",
                                "nova")
                        .tokenCost(20)
                        .build(),
                op(
                                "permissionSet/listAssignments",
                                null,
                                GET,
                                "/v1/permissionSets/{id}/assignments",
                                "List the assignments of a permission set")
                        .noBody()
                        .textParam("id")
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .paging(Paging.OFFSET)
                        .tokenCost(20)
                        .build(),
                op("recent/list", null, GET, "/v1/recents", "List recents")
                        .noBody()
                        .requiredQuery("since_timestamp", STRING)
                        .query(
                                "items",
                                STRING,
                                "activity",
                                "activityType",
                                "deal",
                                "file",
                                "filter",
                                "note",
                                "person",
                                "organization",
                                "pipeline",
                                "product",
                                "stage",
                                "user")
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .paging(Paging.OFFSET)
                        .tokenCost(20)
                        .build(),
                op("role/delete", null, DELETE, "/v1/roles/{id}", "Delete a role")
                        .noBody()
                        .tokenCost(6)
                        .build(),
                op("role/deleteAssignment", null, DELETE, "/v1/roles/{id}/assignments", "Delete a assignment of a role")
                        .required("user_id")
                        .tokenCost(6)
                        .example("{\"user_id\":1}")
                        .build(),
                op("role/get", null, GET, "/v1/roles/{id}", "Get one role")
                        .noBody()
                        .tokenCost(2)
                        .build(),
                op("role/list", null, GET, "/v1/roles", "List roles")
                        .noBody()
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .paging(Paging.OFFSET)
                        .tokenCost(20)
                        .build(),
                op("role/listAssignments", null, GET, "/v1/roles/{id}/assignments", "List the assignments of a role")
                        .noBody()
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .paging(Paging.OFFSET)
                        .tokenCost(10)
                        .build(),
                op("role/listPipelines", null, GET, "/v1/roles/{id}/pipelines", "List the pipelines of a role")
                        .noBody()
                        .query("visible", BOOLEAN)
                        .tokenCost(20)
                        .build(),
                op("role/listSettings", null, GET, "/v1/roles/{id}/settings", "List the settings of a role")
                        .noBody()
                        .tokenCost(20)
                        .build(),
                op("user/find", null, GET, "/v1/users/find", "Find users by name or e-mail")
                        .noBody()
                        .requiredQuery("term", STRING)
                        .query("search_by_email", NUMBER, 0, 1)
                        .tokenCost(40)
                        .build(),
                op("user/get", null, GET, "/v1/users/{id}", "Get one user")
                        .noBody()
                        .tokenCost(2)
                        .build(),
                op("user/list", null, GET, "/v1/users", "List users")
                        .noBody()
                        .tokenCost(20)
                        .build(),
                op("user/listFollowers", null, GET, "/api/v2/users/{id}/followers", "List the followers of a user")
                        .noBody()
                        .query("limit", INTEGER)
                        .query("cursor", STRING)
                        .paging(Paging.CURSOR)
                        .tokenCost(10)
                        .build(),
                op("user/listPermissions", null, GET, "/v1/users/{id}/permissions", "List the permissions of a user")
                        .noBody()
                        .tokenCost(10)
                        .build(),
                op(
                                "user/listRoleAssignments",
                                null,
                                GET,
                                "/v1/users/{id}/roleAssignments",
                                "List the role assignments of a user")
                        .noBody()
                        .query("start", INTEGER)
                        .query("limit", INTEGER)
                        .paging(Paging.OFFSET)
                        .tokenCost(10)
                        .build(),
                op(
                                "user/listRoleSettings",
                                null,
                                GET,
                                "/v1/users/{id}/roleSettings",
                                "List the role settings of a user")
                        .noBody()
                        .tokenCost(10)
                        .build(),
                op("user/me", null, GET, "/v1/users/me", "Get the user the credentials belong to")
                        .noBody()
                        .tokenCost(2)
                        .build(),
                op("userConnection/list", null, GET, "/v1/userConnections", "List user connections")
                        .noBody()
                        .tokenCost(20)
                        .build(),
                op("userSetting/list", null, GET, "/v1/userSettings", "List user settings")
                        .noBody()
                        .tokenCost(2)
                        .build(),
                op("webhook/delete", null, DELETE, "/v1/webhooks/{id}", "Delete a webhook")
                        .noBody()
                        .tokenCost(6)
                        .build(),
                op("webhook/list", null, GET, "/v1/webhooks", "List webhooks")
                        .noBody()
                        .tokenCost(10)
                        .build());
    }
}
