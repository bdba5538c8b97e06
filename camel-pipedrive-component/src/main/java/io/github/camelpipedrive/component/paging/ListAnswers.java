package io.github.camelpipedrive.component.paging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.component.catalog.Paging;
import io.github.camelpipedrive.component.catalog.PipedriveOperation;
import io.github.camelpipedrive.component.error.PipedriveException;
import io.github.camelpipedrive.component.response.ResponseMapper;
import io.github.camelpipedrive.component.support.HeaderNames;
import io.github.camelpipedrive.component.transport.PipedriveCall;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.support.DefaultMessage;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;

/**
 * What a list endpoint makes of its answer: with one page, the header that says where the next page starts; with
 * {@code paging=all}, the {@link PageIterator} over every item, each page's items named ({@code resolveFieldNames})
 * and converted ({@code outputClass}) as the route reaches them.
 */
public final class ListAnswers {

    private final PipedriveOperation operation;
    private final ObjectMapper mapper;
    private final Class<?> outputClass;

    public ListAnswers(PipedriveOperation operation, ObjectMapper mapper, Class<?> outputClass) {
        this.operation = operation;
        this.mapper = mapper;
        this.outputClass = outputClass;
    }

    /** One page: {@code CamelPipedriveNextCursor} or {@code CamelPipedriveNextStart}, or neither on the last page. */
    public void setNextPageHeader(Message message) {
        if (operation.paging() == Paging.NONE) {
            return;
        }
        String next = Page.next(operation.paging(), message.getHeader(HeaderNames.ADDITIONAL_DATA));
        message.removeHeader(HeaderNames.NEXT_CURSOR);
        message.removeHeader(HeaderNames.NEXT_START);
        if (next != null) {
            if (operation.paging() == Paging.CURSOR) {
                message.setHeader(HeaderNames.NEXT_CURSOR, next);
            } else {
                message.setHeader(HeaderNames.NEXT_START, Integer.valueOf(next));
            }
        }
    }

    /**
     * {@code paging=all}: every item, the first page read from {@code firstAnswer} (a malformed one fails the
     * exchange now), the next ones requested through {@code call} when the route gets to them.
     *
     * @param names renames custom fields of an answer's data ({@code resolveFieldNames}; for searches, of the
     *              hits), or {@code null}
     */
    public Iterator<Object> allItems(
            HttpUriRequestBase firstRequest,
            PipedriveCall.Answer firstAnswer,
            PipedriveCall call,
            UnaryOperator<Object> names,
            CamelContext context)
            throws PipedriveException {
        DefaultMessage scratch = new DefaultMessage(context);
        new ResponseMapper(mapper, false, null)
                .apply(operation.key(), firstAnswer.response(), firstAnswer.attempts(), scratch, null);
        Page first = new Page(
                Page.items(scratch.getBody()),
                Page.next(operation.paging(), scratch.getHeader(HeaderNames.ADDITIONAL_DATA)));
        return new PageIterator(operation, firstRequest, first, call, mapper, itemTransform(names));
    }

    /** Per page: names, then outputClass, item by item. */
    private UnaryOperator<Object> itemTransform(UnaryOperator<Object> names) {
        UnaryOperator<Object> named = names;
        if (names != null && operation.isSearch()) {
            // the items are the hits: name each hit's item
            named = hits -> Page.items(names.apply(Map.of("items", hits)));
        }
        if (outputClass == null) {
            return named;
        }
        UnaryOperator<Object> before = named;
        return data -> {
            Object items = before == null ? data : before.apply(data);
            if (!(items instanceof List<?> list)) {
                return items;
            }
            List<Object> converted = new ArrayList<>(list.size());
            for (Object item : list) {
                try {
                    converted.add(mapper.convertValue(item, outputClass));
                } catch (IllegalArgumentException e) {
                    throw new RuntimeCamelException(new PipedriveException(
                            operation.key(),
                            "pipedrive:"
                                    + operation.key() + ": an item cannot be read as " + outputClass.getName() + ": "
                                    + e.getMessage(),
                            e));
                }
            }
            return converted;
        };
    }
}
