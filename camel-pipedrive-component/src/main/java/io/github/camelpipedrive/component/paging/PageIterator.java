package io.github.camelpipedrive.component.paging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.catalog.Paging;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.PipedriveException;
import io.github.camelpipedrive.component.request.RequestFactory;
import io.github.camelpipedrive.component.transport.PipedriveCall;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;
import org.apache.camel.RuntimeCamelException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;

/**
 * Every item of a list, one page in memory at a time: the next page is requested only when the items of the current
 * one are used up and the route asks for more, through the same call as any other request (paced by the token's
 * governor, authenticated, retried). A route that stops early fetches no further page. A failure while fetching a
 * later page is thrown from {@link #hasNext()} as a {@link RuntimeCamelException} whose cause is the
 * {@link PipedriveException}.
 */
public final class PageIterator implements Iterator<Object> {

    private final PipedriveOperation operation;
    private final HttpUriRequestBase firstRequest;
    private final PipedriveCall call;
    private final ObjectMapper mapper;
    private final UnaryOperator<Object> itemNames;
    private Iterator<Object> current;
    private String next;
    private int pagesFetched;

    /**
     * @param firstPage the first page, already fetched by the producer (so its failures fail the exchange at once)
     * @param itemNames turns each page's list of items into what the route gets (custom field names with
     *                  {@code resolveFieldNames}, instances of {@code outputClass}), or {@code null}
     */
    public PageIterator(
            PipedriveOperation operation,
            HttpUriRequestBase firstRequest,
            Page firstPage,
            PipedriveCall call,
            ObjectMapper mapper,
            UnaryOperator<Object> itemNames) {
        this.operation = operation;
        this.firstRequest = firstRequest;
        this.call = call;
        this.mapper = mapper;
        this.itemNames = itemNames;
        this.current = named(firstPage.items()).iterator();
        this.next = firstPage.next();
        this.pagesFetched = 1;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (next == null) {
                return false;
            }
            fetch();
        }
        return true;
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException("pipedrive:" + operation.key() + ": no more items");
        }
        return current.next();
    }

    /** How many pages were requested so far, the first included. */
    public int pagesFetched() {
        return pagesFetched;
    }

    private void fetch() {
        String parameter = operation.paging() == Paging.CURSOR ? "cursor" : "start";
        HttpUriRequestBase request = RequestFactory.nextPage(firstRequest, parameter, next);
        try {
            PipedriveCall.Answer answer = call.send(operation, request);
            Page page = Page.parse(mapper, operation.paging(), answer.response().body());
            pagesFetched++;
            current = named(page.items()).iterator();
            // a page that says "more" without moving on would loop forever
            next = page.next() != null && !page.next().equals(next) ? page.next() : null;
        } catch (PipedriveException e) {
            next = null;
            throw new RuntimeCamelException(e);
        } catch (IOException e) {
            next = null;
            throw new RuntimeCamelException(new PipedriveException(
                    operation.key(),
                    "pipedrive:" + operation.key() + ": page " + (pagesFetched + 1)
                            + " is not the JSON Pipedrive promises: " + e.getMessage(),
                    e));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object> named(List<Object> items) {
        if (itemNames == null || items.isEmpty()) {
            return items;
        }
        return (List<Object>) itemNames.apply(items);
    }
}
