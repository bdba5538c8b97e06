package io.github.camelpipedrive.sandbox;

import static io.github.camelpipedrive.sandbox.BodyRules.body;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every operation the sandbox serves, as data: method, API version, path, Pipedrive's operation id, its
 * {@code x-token-cost} (copied as a fact from Pipedrive's OpenAPI documents), success status, body rules and
 * handler. Adding an operation is one entry here.
 */
final class RouteTable {

    /** The result of looking a request up: a route and its path parameters, or why nothing matched. */
    record Match(Route route, Map<String, String> params, boolean pathKnown) {}

    private final List<Route> routes = new ArrayList<>();

    RouteTable() {
        this(null);
    }

    /** @param recents the change log behind {@code GET /v1/recents}, or null to leave that route out */
    RouteTable(Recents recents) {
        if (recents != null) {
            v1("GET", "/recents").op("getRecents", 20).to(recents.handler());
        }
        deals();
        persons();
        organizations();
        products();
        activities();
        pipelinesAndStages();
        projectsAndTasks();
        fields();
        leads();
        notes();
        files();
        filtersAndGoals();
        admin();
        integrations();
        subscriptions();
        // literal segments first, so /persons/search is not read as /persons/{id}
        routes.sort(Comparator.comparingInt((Route r) -> -r.path().literals()));
    }

    List<Route> routes() {
        return Collections.unmodifiableList(routes);
    }

    Match match(String method, ApiVersion version, String path) {
        String[] segments = PathTemplate.split(path);
        boolean pathKnown = false;
        for (Route r : routes) {
            if (r.version() != version) {
                continue;
            }
            Map<String, String> params = r.path().match(segments);
            if (params != null) {
                if (r.method().equals(method)) {
                    return new Match(r, params, true);
                }
                pathKnown = true;
            }
        }
        return new Match(null, Map.of(), pathKnown);
    }

    // ---- v2 core entities -------------------------------------------------------------------------------

    private static final BodyRules DEAL = body().strings(
                    "title",
                    "currency",
                    "archive_time",
                    "status",
                    "lost_reason",
                    "close_time",
                    "won_time",
                    "lost_time",
                    "expected_close_date")
            .ints("owner_id", "person_id", "org_id", "pipeline_id", "stage_id", "visible_to")
            .numbers("value", "probability")
            .bools("is_deleted", "is_archived")
            .arrays("label_ids")
            .objects("custom_fields")
            .oneOf("status", "open", "won", "lost", "deleted");

    private void deals() {
        v2("POST", "/deals")
                .op("addDeal", 5)
                .rules(body().required("title").also(DEAL))
                .to(Crud.create("deals", DealHandlers.DEAL, View.PLAIN));
        v2("GET", "/deals/{id}").op("getDeal", 1).to(Crud.get("deals", View.PLAIN));
        v2("GET", "/deals").op("getDeals", 10).to(Crud.list("deals", View.PLAIN));
        v2("PATCH", "/deals/{id}")
                .op("updateDeal", 5)
                .rules(DEAL)
                .to(Crud.update("deals", DealHandlers.DEAL, View.PLAIN));
        v2("DELETE", "/deals/{id}").op("deleteDeal", 3).to(Crud.delete("deals"));
        v2("GET", "/deals/search").op("searchDeals", 20).to(SearchHandler.deals());
        followers("deals", "deal", "Deal");
        BodyRules product = body().ints("product_id", "product_variation_id", "billing_frequency_cycles")
                .numbers("item_price", "quantity", "tax", "discount")
                .strings("comments", "tax_method", "discount_type", "billing_frequency", "billing_start_date")
                .bools("is_enabled")
                .oneOf("tax_method", "exclusive", "inclusive", "none")
                .oneOf("discount_type", "percentage", "amount")
                .oneOf("billing_frequency", "one-time", "annually", "semi-annually", "quarterly", "monthly", "weekly");
        v2("POST", "/deals/{id}/products")
                .op("addDealProduct", 5)
                .status(201)
                .rules(body().required("product_id", "item_price", "quantity").also(product))
                .to(DealHandlers.addProduct());
        v2("GET", "/deals/{id}/products").op("getDealProducts", 10).to(DealHandlers.listProducts());
        v2("PATCH", "/deals/{id}/products/{product_attachment_id}")
                .op("updateDealProduct", 5)
                .rules(product)
                .to(DealHandlers.updateProduct());
        v2("DELETE", "/deals/{id}/products/{product_attachment_id}")
                .op("deleteDealProduct", 3)
                .to(DealHandlers.deleteProduct());
        v2("POST", "/deals/{id}/discounts")
                .op("postAdditionalDiscount", 5)
                .status(201)
                .rules(body().required("description", "amount", "type")
                        .strings("description", "type")
                        .numbers("amount")
                        .oneOf("type", "percentage", "amount"))
                .to(DealHandlers.addDiscount());
        v2("GET", "/deals/{id}/discounts").op("getAdditionalDiscounts", 10).to(DealHandlers.listDiscounts());
        v2("POST", "/deals/{id}/installments")
                .op("postInstallment", 5)
                .rules(body().required("description", "amount", "billing_date")
                        .strings("description", "billing_date")
                        .numbers("amount"))
                .to(DealHandlers.addInstallment());
        v2("PATCH", "/deals/{id}/installments/{installment_id}")
                .op("updateInstallment", 5)
                .rules(body().strings("description", "billing_date").numbers("amount"))
                .to(DealHandlers.updateInstallment());
        // v1-only deal operations
        v1("POST", "/deals/{id}/duplicate").op("duplicateDeal", 10).to(DealHandlers.duplicate());
        v1("PUT", "/deals/{id}/merge").op("mergeDeals", 40).rules(MERGE).to(Merges.merge("deals"));
        v1("POST", "/deals/{id}/participants")
                .op("addDealParticipant", 10)
                .rules(body().required("person_id").ints("person_id"))
                .to(DealHandlers.addParticipant());
    }

    private static final BodyRules MERGE = body().required("merge_with_id").ints("merge_with_id");

    private static final BodyRules PERSON = body().strings(
                    "name", "first_name", "last_name", "add_time", "notes", "birthday", "job_title", "marketing_status")
            .ints("owner_id", "org_id", "visible_to")
            .arrays("emails", "phones", "label_ids", "im")
            .objects("postal_address", "custom_fields")
            .oneOf("marketing_status", "no_consent", "unsubscribed", "subscribed", "archived");

    private void persons() {
        v2("POST", "/persons").op("addPerson", 5).rules(PERSON).to(Crud.create("persons", Shapes.PERSON, View.PLAIN));
        v2("GET", "/persons/{id}").op("getPerson", 1).to(Crud.get("persons", View.PLAIN));
        v2("GET", "/persons").op("getPersons", 10).to(Crud.list("persons", View.PLAIN));
        v2("PATCH", "/persons/{id}")
                .op("updatePerson", 5)
                .rules(PERSON)
                .to(Crud.update("persons", Shapes.PERSON, View.PLAIN));
        v2("DELETE", "/persons/{id}").op("deletePerson", 3).to(Crud.delete("persons"));
        v2("GET", "/persons/search").op("searchPersons", 20).to(SearchHandler.persons());
        followers("persons", "person", "Person");
        v1("PUT", "/persons/{id}/merge").op("mergePersons", 40).rules(MERGE).to(Merges.merge("persons"));
        v1("POST", "/persons/{id}/picture")
                .op("addPersonPicture", 10)
                .rules(body().required("file").ints("crop_x", "crop_y", "crop_width", "crop_height"))
                .to(FileHandlers.personPicture());
    }

    private static final BodyRules ORGANIZATION = body().strings("name", "add_time", "website", "linkedin")
            .ints("owner_id", "visible_to", "industry", "annual_revenue", "employee_count")
            .arrays("label_ids")
            .objects("address", "custom_fields");

    private void organizations() {
        v2("POST", "/organizations")
                .op("addOrganization", 5)
                .rules(body().required("name").also(ORGANIZATION))
                .to(Crud.create("organizations", Shapes.v2Entity("organization"), View.PLAIN));
        v2("GET", "/organizations/{id}").op("getOrganization", 1).to(Crud.get("organizations", View.PLAIN));
        v2("GET", "/organizations").op("getOrganizations", 10).to(Crud.list("organizations", View.PLAIN));
        v2("PATCH", "/organizations/{id}")
                .op("updateOrganization", 5)
                .rules(ORGANIZATION)
                .to(Crud.update("organizations", Shapes.v2Entity("organization"), View.PLAIN));
        v2("DELETE", "/organizations/{id}").op("deleteOrganization", 3).to(Crud.delete("organizations"));
        v2("GET", "/organizations/search").op("searchOrganization", 20).to(SearchHandler.organizations());
        followers("organizations", "organization", "Organization");
        v1("PUT", "/organizations/{id}/merge")
                .op("mergeOrganizations", 40)
                .rules(MERGE)
                .to(Merges.merge("organizations"));
        BodyRules relationship = body().ints("org_id", "rel_owner_org_id", "rel_linked_org_id")
                .strings("type")
                .oneOf("type", "parent", "related");
        v1("POST", "/organizationRelationships")
                .op("addOrganizationRelationship", 10)
                .rules(body().required("type", "rel_owner_org_id", "rel_linked_org_id")
                        .also(relationship))
                .to(V1Handlers.withRelatedObjects(Crud.create(
                        "organizationRelationships", V1Handlers.ORG_RELATIONSHIP_SHAPE, V1Handlers.ORG_RELATIONSHIP)));
        v1("PUT", "/organizationRelationships/{id}")
                .op("updateOrganizationRelationship", 10)
                .rules(relationship)
                .to(V1Handlers.withRelatedObjects(Crud.update(
                        "organizationRelationships", V1Handlers.ORG_RELATIONSHIP_SHAPE, V1Handlers.ORG_RELATIONSHIP)));
        v1("GET", "/organizationRelationships/{id}")
                .op("getOrganizationRelationship", 2)
                .to(V1Handlers.withRelatedObjects(Crud.get("organizationRelationships", V1Handlers.ORG_RELATIONSHIP)));
        v1("GET", "/organizationRelationships")
                .op("getOrganizationRelationships", 20)
                .to(Crud.list("organizationRelationships", View.PLAIN));
        v1("DELETE", "/organizationRelationships/{id}")
                .op("deleteOrganizationRelationship", 6)
                .to(Crud.delete("organizationRelationships"));
    }

    private static final BodyRules PRODUCT = body().strings("name", "code", "description", "unit", "billing_frequency")
            .numbers("tax", "category", "visible_to")
            .ints("owner_id", "billing_frequency_cycles")
            .bools("is_linkable")
            .arrays("prices")
            .objects("custom_fields")
            .oneOf("visible_to", "1", "3", "5", "7")
            .oneOf("billing_frequency", "one-time", "annually", "semi-annually", "quarterly", "monthly", "weekly");

    private void products() {
        v2("POST", "/products")
                .op("addProduct", 5)
                .status(201)
                .rules(body().required("name").also(PRODUCT))
                .to(Crud.create("products", Shapes.v2Entity("product"), View.PLAIN));
        v2("GET", "/products/{id}").op("getProduct", 1).to(Crud.get("products", View.PLAIN));
        v2("GET", "/products").op("getProducts", 10).to(Crud.list("products", View.PLAIN));
        v2("PATCH", "/products/{id}")
                .op("updateProduct", 5)
                .rules(PRODUCT)
                .to(Crud.update("products", Shapes.v2Entity("product"), View.PLAIN));
        v2("DELETE", "/products/{id}").op("deleteProduct", 3).to(Crud.delete("products"));
        v2("GET", "/products/search").op("searchProducts", 20).to(SearchHandler.products());
        v2("GET", "/itemSearch").op("searchItem", 20).to(SearchHandler.items());
        followers("products", "product", "Product");
        BodyRules variation = body().strings("name").arrays("prices");
        v2("POST", "/products/{id}/variations")
                .op("addProductVariation", 5)
                .status(201)
                .rules(body().required("name").also(variation))
                .to(Children.create("products", "productVariations", "product_id"));
        v2("PATCH", "/products/{id}/variations/{product_variation_id}")
                .op("updateProductVariation", 5)
                .rules(variation)
                .to(Children.update("products", "productVariations", "product_id", "product_variation_id"));
        v2("GET", "/products/{id}/variations")
                .op("getProductVariations", 10)
                .to(Children.list("products", "productVariations", "product_id"));
        v2("DELETE", "/products/{id}/variations/{product_variation_id}")
                .op("deleteProductVariation", 3)
                .to(Children.delete("products", "productVariations", "product_id", "product_variation_id"));
    }

    private static final BodyRules ACTIVITY = body().strings(
                    "subject", "type", "lead_id", "due_date", "due_time", "duration", "public_description", "note")
            .ints("owner_id", "deal_id", "person_id", "org_id", "project_id", "priority")
            .bools("busy", "done")
            .objects("location")
            .arrays("participants", "attendees");

    private void activities() {
        v2("POST", "/activities")
                .op("addActivity", 5)
                .rules(ACTIVITY)
                .to(Crud.create("activities", Shapes.ACTIVITY, View.PLAIN));
        v2("GET", "/activities/{id}").op("getActivity", 1).to(Crud.get("activities", View.PLAIN));
        v2("GET", "/activities").op("getActivities", 10).to(Crud.list("activities", View.PLAIN));
        v2("PATCH", "/activities/{id}")
                .op("updateActivity", 5)
                .rules(ACTIVITY)
                .to(Crud.update("activities", Shapes.ACTIVITY, View.PLAIN));
        v2("DELETE", "/activities/{id}").op("deleteActivity", 3).to(Crud.delete("activities"));
        BodyRules type =
                body().strings("name", "icon_key", "color").ints("order_nr").oneOf("icon_key", ICON_KEYS);
        v1("POST", "/activityTypes")
                .op("addActivityType", 10)
                .rules(body().required("name", "icon_key").also(type))
                .to(Crud.create("activityTypes", V1Handlers.ACTIVITY_TYPE, View.PLAIN));
        v1("PUT", "/activityTypes/{id}")
                .op("updateActivityType", 10)
                .rules(type)
                .to(Crud.update("activityTypes", V1Handlers.ACTIVITY_TYPE, View.PLAIN));
        v1("GET", "/activityTypes/{id}").op("getActivityType", 2).to(Crud.get("activityTypes", View.PLAIN));
        v1("GET", "/activityTypes").op("getActivityTypes", 20).to(Crud.list("activityTypes", View.PLAIN));
        v1("DELETE", "/activityTypes/{id}").op("deleteActivityType", 6).to(Crud.delete("activityTypes"));
    }

    private static final String[] ICON_KEYS = {
        "task",
        "email",
        "meeting",
        "deadline",
        "call",
        "lunch",
        "calendar",
        "downarrow",
        "document",
        "smartphone",
        "camera",
        "scissors",
        "cogs",
        "bubble",
        "uparrow",
        "checkbox",
        "signpost",
        "shuffle",
        "addressbook",
        "linegraph",
        "picture",
        "car",
        "world",
        "search",
        "clip",
        "sound",
        "brush",
        "key",
        "padlock",
        "pricetag",
        "suitcase",
        "finish",
        "plane",
        "loop",
        "wifi",
        "truck",
        "cart",
        "bulb",
        "bell",
        "presentation"
    };

    private void pipelinesAndStages() {
        BodyRules pipeline = body().strings("name").bools("is_deal_probability_enabled");
        v2("POST", "/pipelines")
                .op("addPipeline", 5)
                .rules(body().required("name").also(pipeline))
                .to(Crud.create("pipelines", Shapes.PLAIN, View.PLAIN));
        v2("GET", "/pipelines/{id}").op("getPipeline", 1).to(Crud.get("pipelines", View.PLAIN));
        v2("GET", "/pipelines").op("getPipelines", 5).to(Crud.list("pipelines", View.PLAIN));
        v2("PATCH", "/pipelines/{id}")
                .op("updatePipeline", 5)
                .rules(pipeline)
                .to(Crud.update("pipelines", Shapes.PLAIN, View.PLAIN));
        v2("DELETE", "/pipelines/{id}").op("deletePipeline", 3).to(Crud.delete("pipelines"));
        BodyRules stage = body().strings("name")
                .ints("pipeline_id", "deal_probability", "days_to_rotten")
                .bools("is_deal_rot_enabled");
        Shape stageShape = (call, record, creating) -> {
            if (call.fields().get("pipeline_id") != null) {
                call.require("pipelines", call.fields().get("pipeline_id"));
            }
            Shapes.PLAIN.apply(call, record, creating);
        };
        v2("POST", "/stages")
                .op("addStage", 5)
                .rules(body().required("name", "pipeline_id").also(stage))
                .to(Crud.create("stages", stageShape, View.PLAIN));
        v2("GET", "/stages/{id}").op("getStage", 1).to(Crud.get("stages", View.PLAIN));
        v2("GET", "/stages").op("getStages", 5).to(Crud.list("stages", View.PLAIN));
        v2("PATCH", "/stages/{id}").op("updateStage", 5).rules(stage).to(Crud.update("stages", stageShape, View.PLAIN));
        v2("DELETE", "/stages/{id}").op("deleteStage", 3).to(Crud.delete("stages"));
    }

    private void projectsAndTasks() {
        BodyRules project = body().strings("title", "description", "status", "start_date", "end_date")
                .ints("board_id", "phase_id", "owner_id", "health_status", "template_id")
                .arrays("deal_ids", "person_ids", "org_ids", "label_ids")
                .objects("custom_fields");
        v2("POST", "/projects")
                .op("addProject", 5)
                .status(201)
                .rules(body().required("title").also(project))
                .to(Crud.create("projects", ProjectHandlers.PROJECT, View.PLAIN));
        v2("GET", "/projects/{id}").op("getProject", 1).to(Crud.get("projects", View.PLAIN));
        v2("GET", "/projects").op("getProjects", 10).to(ProjectHandlers.list(false));
        v2("GET", "/projects/archived").op("getArchivedProjects", 10).to(ProjectHandlers.list(true));
        v2("PATCH", "/projects/{id}")
                .op("updateProject", 5)
                .rules(project)
                .to(Crud.update("projects", ProjectHandlers.PROJECT, View.PLAIN));
        v2("DELETE", "/projects/{id}").op("deleteProject", 3).to(Crud.delete("projects"));
        v2("POST", "/projects/{id}/archive").op("archiveProject", 3).to(ProjectHandlers.archive());
        BodyRules plan = body().numbers("phase_id", "group_id");
        v1("PUT", "/projects/{id}/plan/activities/{activityId}")
                .op("putProjectPlanActivity", 10)
                .rules(plan)
                .to(ProjectHandlers.planItem("activity", "activities", "activityId"));
        v1("PUT", "/projects/{id}/plan/tasks/{taskId}")
                .op("putProjectPlanTask", 10)
                .rules(plan)
                .to(ProjectHandlers.planItem("task", "tasks", "taskId"));
        BodyRules task = body().strings("title", "description", "due_date")
                .numbers("project_id", "parent_task_id", "assignee_id", "done")
                .arrays("assignee_ids")
                .oneOf("done", "0", "1");
        v1("POST", "/tasks")
                .op("addTask", 10)
                .status(201)
                .rules(body().required("title", "project_id").also(task))
                .to(Crud.create("tasks", ProjectHandlers.TASK, View.PLAIN));
        v1("PUT", "/tasks/{id}")
                .op("updateTask", 10)
                .rules(task)
                .to(Crud.update("tasks", ProjectHandlers.TASK, View.PLAIN));
        v1("GET", "/tasks/{id}").op("getTask", 2).to(Crud.get("tasks", View.PLAIN));
        v1("GET", "/tasks").op("getTasks", 20).to(Crud.list("tasks", View.PLAIN));
        v1("DELETE", "/tasks/{id}").op("deleteTask", 6).to(Crud.delete("tasks"));
    }

    private static final String[] FIELD_TYPES = {
        "varchar",
        "text",
        "double",
        "phone",
        "date",
        "daterange",
        "time",
        "timerange",
        "set",
        "enum",
        "varchar_auto",
        "address",
        "monetary",
        "org",
        "people",
        "user"
    };

    private void fields() {
        String[][] names = {
            {"deal", "Deal"}, {"person", "Person"}, {"organization", "Organization"}, {"product", "Product"}
        };
        for (String[] n : names) {
            String type = n[0];
            String path = "/" + type + "Fields";
            v1("GET", path).op("get" + n[1] + "Fields", 20).to(FieldHandlers.listV1(type));
            v1("GET", path + "/{id}").op("get" + n[1] + "Field", 2).to(FieldHandlers.getV1(type));
            v2("GET", path).op("get" + n[1] + "Fields", 10).to(FieldHandlers.listV2(type));
            v2("GET", path + "/{field_code}").op("get" + n[1] + "Field", 1).to(FieldHandlers.getV2(type));
            v2("POST", path)
                    .op("add" + n[1] + "Field", 5)
                    .rules(body().required("field_name", "field_type")
                            .strings("field_name", "field_type", "description")
                            .arrays("options")
                            .objects("ui_visibility", "important_fields", "required_fields")
                            .oneOf("field_type", FIELD_TYPES))
                    .to(FieldHandlers.addV2(type));
            v2("PATCH", path + "/{field_code}")
                    .op("update" + n[1] + "Field", 5)
                    .rules(body().notEmpty()
                            .strings("field_name", "description")
                            .objects("ui_visibility", "important_fields", "required_fields"))
                    .to(FieldHandlers.updateV2(type));
            v2("DELETE", path + "/{field_code}")
                    .op("delete" + n[1] + "Field", 3)
                    .to(FieldHandlers.deleteV2(type));
        }
        // activities: built-in fields only, read-only
        v1("GET", "/activityFields").op("getActivityFields", 20).to(FieldHandlers.listV1("activity"));
        v2("GET", "/activityFields").op("getActivityFields", 10).to(FieldHandlers.listV2("activity"));
    }

    private void leads() {
        BodyRules lead = body().strings("title", "expected_close_date", "visible_to", "origin_id", "channel_id")
                .ints("owner_id", "person_id", "organization_id", "channel")
                .arrays("label_ids")
                .objects("value")
                .bools("was_seen", "is_archived")
                .oneOf("visible_to", "1", "3", "5", "7");
        v1("POST", "/leads")
                .op("addLead", 10)
                .status(201)
                .rules(body().required("title").also(lead))
                .to(Crud.create("leads", V1Handlers.LEAD, View.PLAIN));
        v1("GET", "/leads/{id}").op("getLead", 2).to(Crud.get("leads", View.PLAIN));
        v1("GET", "/leads").op("getLeads", 20).to(Crud.list("leads", View.PLAIN));
        v1("PATCH", "/leads/{id}")
                .op("updateLead", 10)
                .rules(lead)
                .to(Crud.update("leads", V1Handlers.LEAD, View.PLAIN));
        v1("DELETE", "/leads/{id}").op("deleteLead", 6).to(Crud.delete("leads"));
        BodyRules label = body().strings("name", "color")
                .oneOf(
                        "color",
                        "blue",
                        "brown",
                        "dark-gray",
                        "gray",
                        "green",
                        "orange",
                        "pink",
                        "purple",
                        "red",
                        "yellow");
        v1("POST", "/leadLabels")
                .op("addLeadLabel", 10)
                .rules(body().required("name", "color").also(label))
                .to(Crud.create("leadLabels", Shapes.PLAIN, View.PLAIN));
        v1("GET", "/leadLabels/{id}").op("getLeadLabel", 2).to(Crud.get("leadLabels", View.PLAIN));
        v1("GET", "/leadLabels").op("getLeadLabels", 10).to(Crud.list("leadLabels", View.PLAIN));
        v1("PATCH", "/leadLabels/{id}")
                .op("updateLeadLabel", 10)
                .rules(label)
                .to(Crud.update("leadLabels", Shapes.PLAIN, View.PLAIN));
        v1("DELETE", "/leadLabels/{id}").op("deleteLeadLabel", 6).to(Crud.delete("leadLabels"));
    }

    private void notes() {
        BodyRules note = body().strings("content", "lead_id", "add_time")
                .ints("deal_id", "person_id", "org_id", "project_id", "task_id", "user_id")
                .numbers(
                        "pinned_to_lead_flag",
                        "pinned_to_deal_flag",
                        "pinned_to_organization_flag",
                        "pinned_to_person_flag",
                        "pinned_to_project_flag",
                        "pinned_to_task_flag")
                .oneOf("pinned_to_lead_flag", "0", "1")
                .oneOf("pinned_to_deal_flag", "0", "1")
                .oneOf("pinned_to_organization_flag", "0", "1")
                .oneOf("pinned_to_person_flag", "0", "1")
                .oneOf("pinned_to_project_flag", "0", "1")
                .oneOf("pinned_to_task_flag", "0", "1");
        v1("POST", "/notes")
                .op("addNote", 10)
                .rules(body().required("content").also(note))
                .to(Crud.create("notes", Shapes.NOTE, View.PLAIN));
        v1("PUT", "/notes/{id}").op("updateNote", 10).rules(note).to(Crud.update("notes", Shapes.NOTE, View.PLAIN));
        v1("GET", "/notes/{id}").op("getNote", 2).to(Crud.get("notes", View.PLAIN));
        v1("GET", "/notes").op("getNotes", 20).to(Crud.list("notes", View.PLAIN));
        v1("DELETE", "/notes/{id}").op("deleteNote", 6).to(V1Handlers.deleteAnsweringTrue("notes"));
        BodyRules comment = body().required("content").strings("content");
        v1("POST", "/notes/{id}/comments")
                .op("addNoteComment", 10)
                .rules(comment)
                .to(V1Handlers.addComment());
        v1("PUT", "/notes/{id}/comments/{commentId}")
                .op("updateCommentForNote", 10)
                .rules(comment)
                .to(V1Handlers.updateComment());
        v1("GET", "/notes/{id}/comments/{commentId}").op("getComment", 2).to(V1Handlers.getComment());
        v1("GET", "/notes/{id}/comments").op("getNoteComments", 20).to(V1Handlers.listComments());
        v1("DELETE", "/notes/{id}/comments/{commentId}").op("deleteComment", 6).to(V1Handlers.deleteComment());
    }

    private void files() {
        v1("POST", "/files")
                .op("addFile", 10)
                .rules(body().required("file")
                        .ints("deal_id", "person_id", "org_id", "product_id", "activity_id", "project_id")
                        .strings("lead_id"))
                .to(FileHandlers.upload());
        BodyRules item = body().ints("item_id")
                .strings("item_type", "remote_location")
                .oneOf("item_type", "deal", "organization", "person")
                .oneOf("remote_location", "googledrive");
        v1("POST", "/files/remote")
                .op("addFileAndLinkIt", 10)
                .rules(body().required("file_type", "title", "item_type", "item_id", "remote_location")
                        .also(item)
                        .strings("file_type", "title")
                        .oneOf("file_type", "gdoc", "gslides", "gsheet", "gform", "gdraw"))
                .to(FileHandlers.createRemote());
        v1("POST", "/files/remoteLink")
                .op("linkFileToItem", 10)
                .rules(body().required("item_type", "item_id", "remote_id", "remote_location")
                        .also(item)
                        .strings("remote_id"))
                .to(FileHandlers.linkRemote());
        v1("PUT", "/files/{id}")
                .op("updateFile", 10)
                .rules(body().strings("name", "description"))
                .to(Crud.update("files", Shapes.PLAIN, View.PLAIN));
        v1("GET", "/files/{id}").op("getFile", 2).to(Crud.get("files", View.PLAIN));
        v1("GET", "/files/{id}/download").op("downloadFile", 20).to(FileHandlers.download());
        v1("GET", "/files").op("getFiles", 20).to(Crud.list("files", View.PLAIN));
        v1("DELETE", "/files/{id}").op("deleteFile", 6).to(Crud.delete("files"));
    }

    private void filtersAndGoals() {
        BodyRules filter = body().strings("name", "type")
                .objects("conditions")
                .oneOf("type", "deals", "leads", "org", "people", "products", "activity", "projects");
        v1("POST", "/filters")
                .op("addFilter", 10)
                .rules(body().required("name", "conditions", "type").also(filter))
                .to(Crud.create("filters", Shapes.PLAIN, View.PLAIN));
        v1("PUT", "/filters/{id}")
                .op("updateFilter", 10)
                .rules(body().required("conditions").strings("name").objects("conditions"))
                .to(Crud.update("filters", Shapes.PLAIN, View.PLAIN));
        v1("GET", "/filters/{id}").op("getFilter", 2).to(Crud.get("filters", View.PLAIN));
        v1("GET", "/filters").op("getFilters", 20).to(Crud.list("filters", View.PLAIN));
        v1("DELETE", "/filters/{id}").op("deleteFilter", 6).to(Crud.delete("filters"));
        BodyRules goal = body().strings("title", "interval")
                .objects("assignee", "type", "expected_outcome", "duration")
                .oneOf("interval", "weekly", "monthly", "quarterly", "yearly");
        v1("POST", "/goals")
                .op("addGoal", 10)
                .rules(body().required("type", "assignee", "expected_outcome", "duration", "interval")
                        .also(goal))
                .to(Crud.create("goals", Shapes.GOAL, V1Handlers.GOAL));
        v1("PUT", "/goals/{id}")
                .op("updateGoal", 10)
                .rules(goal)
                .to(Crud.update("goals", Shapes.GOAL, V1Handlers.GOAL));
        v1("GET", "/goals/{id}").op("getGoal", 2).to(Crud.get("goals", V1Handlers.GOAL));
        v1("DELETE", "/goals/{id}").op("deleteGoal", 6).to(Crud.delete("goals"));
    }

    private void admin() {
        v1("GET", "/users/me").op("getCurrentUser", 2).to(AdminHandlers.me());
        v1("GET", "/users/{id}").op("getUser", 2).to(Crud.get("users", View.PLAIN));
        v1("GET", "/users").op("getUsers", 20).to(Crud.list("users", View.PLAIN));
        v1("POST", "/users")
                .op("addUser", 10)
                .rules(body().required("email")
                        .strings("email")
                        .arrays("access")
                        .bools("active_flag"))
                .to(Crud.create("users", AdminHandlers.NEW_USER, View.PLAIN));
        v1("PUT", "/users/{id}")
                .op("updateUser", 10)
                .rules(body().required("active_flag").bools("active_flag"))
                .to(Crud.update("users", Shapes.PLAIN, View.PLAIN));
        BodyRules role = body().strings("name").ints("parent_role_id");
        v1("POST", "/roles")
                .op("addRole", 10)
                .rules(body().required("name").also(role))
                .to(Crud.create("roles", Shapes.PLAIN, AdminHandlers.idOnly()));
        v1("PUT", "/roles/{id}")
                .op("updateRole", 10)
                .rules(role)
                .to(Crud.update("roles", Shapes.PLAIN, AdminHandlers.idOnly()));
        v1("GET", "/roles/{id}").op("getRole", 2).to(Crud.get("roles", AdminHandlers.role()));
        v1("GET", "/roles").op("getRoles", 20).to(Crud.list("roles", AdminHandlers.role()));
        v1("DELETE", "/roles/{id}").op("deleteRole", 6).to(Crud.delete("roles"));
        v1("POST", "/roles/{id}/settings")
                .op("addOrUpdateRoleSetting", 10)
                .rules(body().required("setting_key", "value")
                        .strings("setting_key")
                        .ints("value")
                        .oneOf(
                                "setting_key",
                                "deal_default_visibility",
                                "lead_default_visibility",
                                "org_default_visibility",
                                "person_default_visibility",
                                "product_default_visibility")
                        .oneOf("value", "1", "3", "5", "7"))
                .to(AdminHandlers.roleSetting());
        v1("GET", "/roles/{id}/settings").op("getRoleSettings", 20).to(AdminHandlers.roleSettings());
        v1("POST", "/roles/{id}/assignments")
                .op("addRoleAssignment", 10)
                .rules(body().required("user_id").ints("user_id"))
                .to(AdminHandlers.assign());
        v1("GET", "/roles/{id}/assignments").op("getRoleAssignments", 10).to(AdminHandlers.assignments());
        v1("PUT", "/roles/{id}/pipelines")
                .op("updateRolePipelines", 10)
                .rules(body().required("visible_pipeline_ids"))
                .to(AdminHandlers.rolePipelines());
        BodyRules team = body().strings("name", "description")
                .ints("manager_id")
                .arrays("users")
                .numbers("active_flag", "deleted_flag")
                .oneOf("active_flag", "0", "1")
                .oneOf("deleted_flag", "0", "1");
        v1("POST", "/legacyTeams")
                .op("addTeam", 10)
                .rules(body().required("name", "manager_id").also(team))
                .to(Crud.create("legacyTeams", AdminHandlers.TEAM, View.PLAIN));
        v1("PUT", "/legacyTeams/{id}")
                .op("updateTeam", 10)
                .rules(team)
                .to(Crud.update("legacyTeams", AdminHandlers.TEAM, View.PLAIN));
        v1("GET", "/legacyTeams/{id}").op("getTeam", 2).to(Crud.get("legacyTeams", View.PLAIN));
        v1("GET", "/legacyTeams").op("getTeams", 20).to(Crud.list("legacyTeams", View.PLAIN));
        v1("POST", "/legacyTeams/{id}/users")
                .op("addTeamUser", 10)
                .rules(body().required("users").arrays("users"))
                .to(AdminHandlers.addTeamUsers());
        v1("GET", "/legacyTeams/{id}/users").op("getTeamUsers", 20).to(AdminHandlers.teamUsers());
    }

    private void integrations() {
        BodyRules webhook = body().required("subscription_url", "event_action", "event_object", "name")
                .strings(
                        "subscription_url",
                        "event_action",
                        "event_object",
                        "name",
                        "http_auth_user",
                        "http_auth_password",
                        "version")
                .ints("user_id")
                .oneOf("event_action", "create", "change", "delete", "*")
                .oneOf(
                        "event_object",
                        "activity",
                        "deal",
                        "lead",
                        "note",
                        "organization",
                        "person",
                        "pipeline",
                        "product",
                        "stage",
                        "user",
                        "*")
                .oneOf("version", "1.0", "2.0");
        v1("POST", "/webhooks").op("addWebhook", 10).status(201).rules(webhook).to(V1Handlers.addWebhook());
        v1("GET", "/webhooks").op("getWebhooks", 10).to(Crud.list("webhooks", View.PLAIN));
        v1("GET", "/webhooks/{id}").op("getWebhook", 2).to(Crud.get("webhooks", View.PLAIN));
        v1("DELETE", "/webhooks/{id}").op("deleteWebhook", 6).to(Crud.delete("webhooks"));
        v1("POST", "/callLogs")
                .op("addCallLog", 10)
                .rules(body().required("to_phone_number", "outcome", "start_time", "end_time")
                        .ints("user_id", "activity_id", "person_id", "org_id", "deal_id")
                        .strings(
                                "subject",
                                "duration",
                                "outcome",
                                "from_phone_number",
                                "to_phone_number",
                                "start_time",
                                "end_time",
                                "lead_id",
                                "note")
                        .oneOf(
                                "outcome",
                                "connected",
                                "no_answer",
                                "left_message",
                                "left_voicemail",
                                "wrong_number",
                                "busy"))
                .to(Crud.create("callLogs", Shapes.PLAIN, V1Handlers.CALL_LOG));
        v1("GET", "/callLogs/{id}").op("getCallLog", 2).to(Crud.get("callLogs", V1Handlers.CALL_LOG));
        v1("GET", "/callLogs").op("getUserCallLogs", 20).to(Crud.list("callLogs", V1Handlers.CALL_LOG));
        v1("DELETE", "/callLogs/{id}").op("deleteCallLog", 6).to(Crud.delete("callLogs"));
        v1("POST", "/callLogs/{id}/recordings")
                .op("addCallLogAudioFile", 10)
                .rules(body().required("file"))
                .to(FileHandlers.callRecording());
        v1("GET", "/mailbox/mailThreads/{id}").op("getMailThread", 20).to(Crud.get("mailThreads", View.PLAIN));
        v1("PUT", "/mailbox/mailThreads/{id}")
                .op("updateMailThreadDetails", 10)
                .rules(body().ints("deal_id")
                        .strings("lead_id")
                        .numbers("shared_flag", "read_flag", "archived_flag")
                        .oneOf("shared_flag", "0", "1")
                        .oneOf("read_flag", "0", "1")
                        .oneOf("archived_flag", "0", "1"))
                .to(Crud.update("mailThreads", V1Handlers.MAIL_THREAD, View.PLAIN));
        v1("POST", "/meetings/userProviderLinks")
                .op("saveUserProviderLink", 10)
                .rules(body().required("user_provider_id", "user_id", "company_id", "marketplace_client_id")
                        .strings("user_provider_id", "marketplace_client_id")
                        .ints("user_id", "company_id"))
                .to(V1Handlers.userProviderLink());
        // Channels: deprecated by Pipedrive and due for removal; served for clients that still call them
        v1("POST", "/channels")
                .op("addChannel", 10)
                .rules(body().required("name", "provider_channel_id")
                        .strings("name", "provider_channel_id", "avatar_url", "provider_type")
                        .bools("template_support")
                        .oneOf("provider_type", "facebook", "whatsapp", "other"))
                .to(Crud.create("channels", Shapes.PLAIN, V1Handlers.CHANNEL));
        v1("DELETE", "/channels/{id}").op("deleteChannel", 6).to(Crud.delete("channels"));
        v1("POST", "/channels/messages/receive")
                .op("receiveMessage", 10)
                .rules(body().required(
                                "id", "channel_id", "sender_id", "conversation_id", "message", "status", "created_at")
                        .strings(
                                "id",
                                "channel_id",
                                "sender_id",
                                "conversation_id",
                                "message",
                                "status",
                                "created_at",
                                "reply_by",
                                "conversation_link")
                        .arrays("attachments")
                        .oneOf("status", "sent", "delivered", "read", "failed"))
                .to(V1Handlers.receiveMessage());
    }

    /** Recurring subscriptions: removed from Pipedrive on 2025-06-27; kept (cost 10 like other v1 writes) for old clients. */
    private void subscriptions() {
        v1("POST", "/subscriptions/recurring")
                .op("addRecurringSubscription", 10)
                .rules(body().required("deal_id", "currency", "cadence_type", "start_date", "cycle_amount")
                        .ints("deal_id", "cycles_count", "cycle_amount")
                        .strings("currency", "description", "cadence_type", "start_date")
                        .bools("infinite")
                        .oneOf("cadence_type", "weekly", "monthly", "quarterly", "yearly"))
                .to(Crud.create("subscriptions", V1Handlers.SUBSCRIPTION, View.PLAIN));
        v1("PUT", "/subscriptions/recurring/{id}")
                .op("updateRecurringSubscription", 10)
                .rules(body().required("effective_date")
                        .strings("description", "effective_date")
                        .ints("cycle_amount")
                        .arrays("payments")
                        .bools("update_deal_value"))
                .to(Crud.update("subscriptions", V1Handlers.SUBSCRIPTION, View.PLAIN));
        v1("PUT", "/subscriptions/recurring/{id}/cancel")
                .op("cancelRecurringSubscription", 10)
                .rules(body().strings("end_date"))
                .to(V1Handlers.cancelSubscription());
        v1("GET", "/subscriptions/{id}").op("getSubscription", 2).to(Crud.get("subscriptions", View.PLAIN));
    }

    private void followers(String collection, String itemType, String name) {
        v2("POST", "/" + collection + "/{id}/followers")
                .op("add" + name + "Follower", 5)
                .status(201)
                .rules(body().required("user_id").ints("user_id"))
                .to(Followers.add(collection, itemType));
        v2("GET", "/" + collection + "/{id}/followers")
                .op("get" + name + "Followers", 10)
                .to(Followers.list(collection, itemType));
        v2("DELETE", "/" + collection + "/{id}/followers/{follower_id}")
                .op("delete" + name + "Follower", 3)
                .to(Followers.remove(collection, itemType));
    }

    // ---- the builder ---------------------------------------------------------------------------------------

    private Entry v1(String method, String path) {
        return new Entry(method, ApiVersion.V1, path);
    }

    private Entry v2(String method, String path) {
        return new Entry(method, ApiVersion.V2, path);
    }

    private final class Entry {
        private final String method;
        private final ApiVersion version;
        private final String path;
        private String operationId;
        private int cost;
        private int status = 200;
        private BodyRules rules = BodyRules.NONE;

        Entry(String method, ApiVersion version, String path) {
            this.method = method;
            this.version = version;
            this.path = path;
        }

        Entry op(String id, int tokenCost) {
            this.operationId = id;
            this.cost = tokenCost;
            return this;
        }

        Entry status(int s) {
            this.status = s;
            return this;
        }

        Entry rules(BodyRules r) {
            this.rules = r;
            return this;
        }

        void to(Handler handler) {
            routes.add(new Route(method, version, new PathTemplate(path), operationId, cost, status, rules, handler));
        }
    }
}
