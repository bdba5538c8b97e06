package io.github.camelpipedrive.component.http;

import java.util.Iterator;
import org.apache.hc.client5.http.ConnectionKeepAliveStrategy;
import org.apache.hc.core5.http.HeaderElement;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.message.MessageSupport;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;

/**
 * How long a connection may stay idle in the pool: what the server's {@code Keep-Alive: timeout=N} says, less a
 * margin so the client gives the connection up before the server closes it; {@link #DEFAULT} when it says nothing.
 */
final class ServerKeepAlive implements ConnectionKeepAliveStrategy {

    /** Without a server figure: idle connections are given up after 30 s (and validated after 500 ms idle). */
    static final TimeValue DEFAULT = TimeValue.ofSeconds(30);

    @Override
    public TimeValue getKeepAliveDuration(HttpResponse response, HttpContext context) {
        Iterator<HeaderElement> it = MessageSupport.iterate(response, "Keep-Alive");
        while (it.hasNext()) {
            HeaderElement element = it.next();
            Long seconds =
                    "timeout".equalsIgnoreCase(element.getName()) ? PipedriveHeaders.number(element.getValue()) : null;
            if (seconds != null) {
                return TimeValue.ofMilliseconds(withMargin(seconds * 1000));
            }
        }
        return DEFAULT;
    }

    /** Half the server's figure for short ones, else one second less. */
    static long withMargin(long serverMillis) {
        if (serverMillis <= 0) {
            return 0;
        }
        return serverMillis <= 2000 ? serverMillis / 2 : serverMillis - 1000;
    }
}
