package io.github.camelpipedrive.examples.quickstart;

import io.github.camelpipedrive.component.PipedriveConstants;
import io.github.camelpipedrive.component.error.PipedriveException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Imports sign-ups into Pipedrive. For each CSV row: add the organization, add the person linked to it, open a deal in
 * the sign-up stage, add the plan's product to the deal, schedule a welcome call and leave a note. A bad row ends in
 * a per-row failure with its reason; the other rows still go through.
 */
public class SignupRoutes extends RouteBuilder {

    static final String PIPELINE = "Quickstart sign-ups";
    static final Map<String, Integer> PLAN_PRICES = Map.of("starter", 29, "pro", 99);

    private final ImportReport report;
    private final String target;
    private final Runnable onFinished;

    public SignupRoutes(ImportReport report, String target, Runnable onFinished) {
        this.report = report;
        this.target = target;
        this.onFinished = onFinished;
    }

    @Override
    public void configure() {
        from("timer:signups?repeatCount=1")
                .routeId("import-signups")
                .setBody(simple("resource:classpath:signups.csv"))
                .convertBodyTo(String.class)
                .process(e -> e.getMessage().setBody(Csv.rows(e.getMessage().getBody(String.class))))
                .setVariable("rows", body())
                .to("direct:setup")
                .setBody(variable("rows"))
                .split(body())
                .to("direct:signup")
                .end()
                .process(e -> report.print(System.out, target))
                .process(e -> onFinished.run());

        // once per run: the pipeline stage deals open in, and one product per plan
        from("direct:setup")
                .routeId("setup")
                .setBody(constant(Map.of("name", PIPELINE)))
                .to("pipedrive:pipeline/add")
                .process(e -> {
                    report.setupCreated("pipeline", id(e));
                    e.getMessage().setBody(Map.of("name", "New sign-up", "pipeline_id", id(e)));
                })
                .to("pipedrive:stage/add")
                .process(e -> report.setupCreated("stage", id(e)))
                .setVariable("plan", constant("starter"))
                .to("direct:plan-product")
                .setVariable("plan", constant("pro"))
                .to("direct:plan-product");

        from("direct:plan-product")
                .routeId("plan-product")
                .process(e -> {
                    String plan = e.getVariable("plan", String.class);
                    body(
                            e,
                            Map.of(
                                    "name",
                                    "Plan " + plan,
                                    "code",
                                    "PLAN-" + plan.toUpperCase(),
                                    "prices",
                                    List.of(Map.of("currency", "EUR", "price", PLAN_PRICES.get(plan)))));
                })
                .to("pipedrive:product/add")
                .process(e -> report.setupCreated("product " + e.getVariable("plan"), id(e)));

        from("direct:signup")
                .routeId("signup")
                .process(e -> {
                    int row = e.getProperty(Exchange.SPLIT_INDEX, Integer.class) + 1;
                    e.setVariable("signup", Signup.of(row, e.getMessage().getBody(Map.class)));
                    report.rowRead();
                })
                .doTry()
                .process(e -> signup(e).validated())
                .process(e -> body(e, Map.of("name", signup(e).company())))
                .to("pipedrive:organization/add")
                .setVariable("orgId", simple("${body[id]}"))
                .process(e -> body(e, person(signup(e), e.getVariable("orgId"))))
                .to("pipedrive:person/add")
                .setVariable("personId", simple("${body[id]}"))
                .process(e -> body(
                        e,
                        Map.of(
                                "title", signup(e).company() + ": " + signup(e).plan() + " plan",
                                "person_id", e.getVariable("personId"),
                                "org_id", e.getVariable("orgId"),
                                "stage_id", report.setupId("stage"),
                                "currency", "EUR")))
                .to("pipedrive:deal/add")
                .setVariable("dealId", simple("${body[id]}"))
                .process(e -> body(
                        e,
                        Map.of(
                                "product_id",
                                        report.setupId("product " + signup(e).plan()),
                                "item_price", PLAN_PRICES.get(signup(e).plan()),
                                "quantity", signup(e).seats())))
                .setHeader(PipedriveConstants.ID, variable("dealId"))
                .to("pipedrive:deal/addProduct")
                .removeHeader(PipedriveConstants.ID)
                .setVariable("dealProductId", simple("${body[id]}"))
                .process(e -> body(
                        e,
                        Map.of(
                                "subject", "Welcome call: " + signup(e).name(),
                                "type", "call",
                                "due_date", LocalDate.now().plusDays(1).toString(),
                                "deal_id", e.getVariable("dealId"),
                                "participants",
                                        List.of(Map.of("person_id", e.getVariable("personId"), "primary", true)))))
                .to("pipedrive:activity/add")
                .setVariable("activityId", simple("${body[id]}"))
                .process(e -> body(
                        e,
                        Map.of(
                                "content",
                                        "Signed up on the website for "
                                                + signup(e).seats() + " seats of the "
                                                + signup(e).plan() + " plan.",
                                "deal_id", e.getVariable("dealId"),
                                "person_id", e.getVariable("personId"))))
                .to("pipedrive:note/add")
                .process(e -> report.imported(new ImportReport.Imported(
                        signup(e),
                        e.getVariable("orgId"),
                        e.getVariable("personId"),
                        e.getVariable("dealId"),
                        e.getVariable("dealProductId"),
                        e.getVariable("activityId"),
                        id(e))))
                .doCatch(InvalidSignupException.class, PipedriveException.class)
                .process(e -> report.failed(
                        signup(e),
                        e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)
                                .getMessage()))
                .end();
    }

    private static Map<String, Object> person(Signup signup, Object orgId) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", signup.name());
        person.put("emails", List.of(Map.of("value", signup.email(), "primary", true, "label", "work")));
        if (!signup.phone().isEmpty()) {
            person.put("phones", List.of(Map.of("value", signup.phone(), "primary", true, "label", "work")));
        }
        person.put("org_id", orgId);
        return person;
    }

    private static Signup signup(Exchange e) {
        return e.getVariable("signup", Signup.class);
    }

    private static Object id(Exchange e) {
        return e.getMessage().getBody(Map.class).get("id");
    }

    private static void body(Exchange e, Map<String, Object> body) {
        e.getMessage().setBody(new LinkedHashMap<>(body));
    }
}
