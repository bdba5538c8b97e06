package io.github.camelpipedrive.examples.dealwon;

import io.github.camelpipedrive.component.PipedriveConstants;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * When a deal changes to won, a note is added to it. The trigger registers its webhook in Pipedrive on start (or
 * reuses the one it registered before) and receives it on the local HTTP server at /pipedrive/events/deal/change.
 */
public class DealWonRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // snippet: deal-won
        from("pipedrive:events/deal?action=change&webhookExternalUrl={{dealwon.public-url}}")
                .routeId("deal-won")
                .filter(DealWonRoutes::justWon)
                .setBody(e -> Map.of(
                        "deal_id",
                        e.getMessage().getHeader(PipedriveConstants.ENTITY_ID),
                        "content",
                        "Won: " + e.getMessage().getBody(Map.class).get("title")))
                .to("pipedrive:note/add")
                .log("Deal ${body[deal_id]} won: note ${body[id]} added");
        // end-snippet
    }

    /** The change set the status to won: the previous values (the changed fields only) hold the old status. */
    static boolean justWon(Exchange exchange) {
        Map<?, ?> deal = exchange.getMessage().getBody(Map.class);
        Map<?, ?> previous = exchange.getMessage().getHeader(PipedriveConstants.PREVIOUS, Map.class);
        return deal != null
                && "won".equals(deal.get("status"))
                && previous != null
                && previous.containsKey("status")
                && !"won".equals(previous.get("status"));
    }
}
