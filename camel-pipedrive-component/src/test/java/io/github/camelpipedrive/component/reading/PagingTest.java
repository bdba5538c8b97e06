package io.github.camelpipedrive.component.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.PipedriveConstants;
import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.sandbox.PipedriveSandboxExtension;
import io.github.camelpipedrive.sandbox.RecordedRequest;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Lists against the sandbox holding 10,000 deals: one page by default with the next cursor in a header, or with
 * {@code paging=all} an Iterator that asks for each further page only when the route gets to it, so a streaming
 * split walks every deal with one page in memory and a route that stops early fetches nothing more. v1 lists page
 * by {@code start} the same way.
 */
class PagingTest extends CamelTestSupport {

    static final int DEALS = 10_000;

    @RegisterExtension
    static PipedriveSandboxExtension pipedrive =
            PipedriveSandboxExtension.create(b -> b.burstLimit(0)).keepDataBetweenTests();

    static int totalDeals;
    static int totalNotes;

    /** Filled once; the tests only read. */
    @BeforeAll
    static void fillTheSandbox() {
        PipedriveSandbox sandbox = pipedrive.sandbox();
        totalDeals = sandbox.entities("deals").size() + DEALS;
        totalNotes = sandbox.entities("notes").size() + 250;
        for (int i = 1; i <= DEALS; i++) {
            sandbox.insert("deals", Map.of("title", "Deal " + i, "value", i));
        }
        for (int i = 1; i <= 250; i++) {
            sandbox.insert("notes", Map.of("content", "Note " + i));
            sandbox.insert("persons", Map.of("name", "Zebedee " + i));
        }
    }

    @BeforeEach
    void clearJournal() {
        pipedrive.sandbox().clearRequests();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PipedriveComponent component = context.getComponent("pipedrive", PipedriveComponent.class);
        component.setApiToken(pipedrive.token());
        component.setBaseUrl(pipedrive.baseUrl());
        component.setBurstLimit(10_000);
        return context;
    }

    final AtomicInteger walked = new AtomicInteger();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:everyDeal")
                        .to("pipedrive:deal/list?paging=all&query.limit=500")
                        .split(body())
                        .streaming()
                        .process(e -> walked.incrementAndGet())
                        .end();
                from("direct:dealPage").to("pipedrive:deal/list?query.limit=50");
                from("direct:dealIterator").to("pipedrive:deal/list?paging=all");
                from("direct:dealObjects").to("pipedrive:deal/list?paging=all&outputClass=" + Deal.class.getName());
                from("direct:everyZebedee").to("pipedrive:person/search?paging=all&query.term=Zebedee&query.limit=100");
                from("direct:everyNote").to("pipedrive:note/list?paging=all&query.limit=100");
            }
        };
    }

    private List<RecordedRequest> listRequests(String path) {
        return pipedrive.sandbox().requests().stream()
                .filter(r -> r.method().equals("GET") && r.path().equals(path))
                .toList();
    }

    @Test
    void aStreamingSplitWalksEveryDealOnePageAtATime() {
        long sentBefore =
                context.getComponent("pipedrive", PipedriveComponent.class).getRequestsSent();

        Exchange result = template.request("direct:everyDeal", e -> {});

        assertThat(result.getException()).isNull();
        assertThat(walked.get()).as("deals the route saw").isEqualTo(totalDeals);
        List<RecordedRequest> pages = listRequests("/api/v2/deals");
        int expectedPages = (totalDeals + 499) / 500;
        assertThat(pages).as("pages requested").hasSize(expectedPages);
        assertThat(pages).allSatisfy(r -> assertThat(r.query()).contains("limit=500"));
        assertThat(pages.get(0).query()).doesNotContain("cursor=");
        assertThat(pages.subList(1, pages.size()))
                .allSatisfy(r -> assertThat(r.query()).contains("cursor="));
        assertThat(pages).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        // every page went through the executor (governor, retries, counters), like any other request
        long sent = context.getComponent("pipedrive", PipedriveComponent.class).getRequestsSent() - sentBefore;
        assertThat(sent).as("requests the component counted").isEqualTo(expectedPages);
    }

    @Test
    void consumingThreeItemsFetchesOnePageAndTheNextPageOnlyWhenReached() {
        Exchange result = template.request("direct:dealIterator", e -> {});
        assertThat(result.getException()).isNull();
        Iterator<?> deals = result.getMessage().getBody(Iterator.class);

        for (int i = 0; i < 3; i++) {
            assertThat(deals.next()).isInstanceOf(Map.class);
        }
        assertThat(listRequests("/api/v2/deals")).as("after three items").hasSize(1);

        for (int i = 3; i < 100; i++) {
            deals.next();
        }
        assertThat(listRequests("/api/v2/deals"))
                .as("the whole first page used")
                .hasSize(1);
        assertThat(((Map<?, ?>) deals.next()).get("id")).as("the 101st deal").isNotNull();
        assertThat(listRequests("/api/v2/deals")).as("after the 101st item").hasSize(2);
        // the route stops here: nothing more is fetched
        assertThat(listRequests("/api/v2/deals")).hasSize(2);
    }

    @Test
    void onePageByDefaultWithTheNextCursorInAHeaderThatFetchesTheNextPage() {
        Exchange first = template.request("direct:dealPage", e -> {});
        assertThat(first.getException()).isNull();
        List<?> page = first.getMessage().getBody(List.class);
        assertThat(page).hasSize(50);
        String cursor = first.getMessage().getHeader(PipedriveConstants.NEXT_CURSOR, String.class);
        assertThat(cursor).isNotBlank();

        Exchange second = template.request(
                "direct:dealPage", e -> e.getMessage().setHeader(PipedriveConstants.QUERY, Map.of("cursor", cursor)));

        assertThat(second.getException()).isNull();
        List<?> next = second.getMessage().getBody(List.class);
        assertThat(next).hasSize(50);
        assertThat(((Map<?, ?>) next.get(0)).get("id")).isNotEqualTo(((Map<?, ?>) page.get(0)).get("id"));
        assertThat(listRequests("/api/v2/deals").get(1).query())
                .contains("cursor=" + cursor)
                .contains("limit=50");
    }

    /** What a route might map deals to. */
    public record Deal(long id, String title, double value) {}

    @Test
    void withOutputClassEveryItemIsAnInstance() {
        Exchange result = template.request("direct:dealObjects", e -> {});
        assertThat(result.getException()).isNull();
        Iterator<?> deals = result.getMessage().getBody(Iterator.class);
        Object first = deals.next();
        assertThat(first).isInstanceOf(Deal.class);
        assertThat(((Deal) first).title()).isNotBlank();
        assertThat(((Deal) first).id()).isPositive();
    }

    @Test
    void aSearchWithPagingAllHandsOutEveryHit() {
        Exchange result = template.request("direct:everyZebedee", e -> {});
        assertThat(result.getException()).isNull();
        List<Object> hits = new java.util.ArrayList<>();
        result.getMessage().getBody(Iterator.class).forEachRemaining(hits::add);

        assertThat(hits).hasSize(250);
        assertThat(hits)
                .allSatisfy(hit -> assertThat(((Map<?, ?>) ((Map<?, ?>) hit).get("item"))
                                .get("name")
                                .toString())
                        .startsWith("Zebedee"));
        assertThat(listRequests("/api/v2/persons/search")).hasSize(3);
    }

    @Test
    void v1ListsPageByStart() {
        AtomicInteger count = new AtomicInteger();
        Exchange result = template.request("direct:everyNote", e -> {});
        assertThat(result.getException()).isNull();
        result.getMessage().getBody(Iterator.class).forEachRemaining(n -> count.incrementAndGet());

        assertThat(count.get()).isEqualTo(totalNotes);
        List<RecordedRequest> pages = listRequests("/v1/notes");
        assertThat(pages).hasSize((totalNotes + 99) / 100);
        assertThat(pages.get(0).query()).doesNotContain("start=");
        assertThat(pages.get(1).query()).contains("start=100");
        assertThat(pages.get(2).query()).contains("start=200");
    }
}
