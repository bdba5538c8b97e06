package io.github.camelpipedrive.component.http;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.http.message.RequestLine;
import org.apache.hc.core5.http.message.StatusLine;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connections of the client the component builds. They replace HttpClient's own
 * {@code DefaultManagedHttpClientConnection}, the only classic-client class that writes to the
 * {@code org.apache.hc.client5.http.headers} and {@code org.apache.hc.client5.http.wire} loggers: these connections
 * never hand a header, a byte of a body or a secret to any logger, whatever the logging configuration. What they log
 * instead, under {@code io.github.camelpipedrive.component.transport.http} at DEBUG, is the request line, the status
 * line and the headers, with every secret header's value masked ({@link SecretHeaders}); bodies are never logged.
 * <p>
 * They also tell when a request provably never left: a write that fails before any byte of the current request
 * reached the socket is thrown as {@link RequestNotSentException}.
 */
final class QuietConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {

    static final Logger HTTP_LOG = LoggerFactory.getLogger("io.github.camelpipedrive.component.transport.http");
    private static final AtomicLong COUNTER = new AtomicLong();

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        QuietConnection connection = new QuietConnection("pipedrive-http-" + COUNTER.getAndIncrement());
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    /** A failure before any byte of the request was written to the connection: Pipedrive cannot have seen it. */
    static final class RequestNotSentException extends IOException {
        RequestNotSentException(IOException cause) {
            super(
                    "the request was not sent: " + cause.getClass().getSimpleName()
                            + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
                    cause);
        }
    }

    /** A request's first byte goes out on its own only on a connection idle at least this long (see write). */
    static final long SPLIT_AFTER_IDLE_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(50);
    /** {@code written} when the current request is written in one go. */
    static final long NO_SPLIT = -1;

    static final class QuietConnection extends DefaultBHttpClientConnection implements ManagedHttpClientConnection {

        private final String id;
        private final AtomicBoolean closed = new AtomicBoolean();
        /**
         * Bytes of the current request written to the socket so far, or {@link #NO_SPLIT} when the connection was in
         * use moments ago and its first byte is not written on its own.
         */
        private final AtomicLong written = new AtomicLong();
        /** When the connection last carried an answer (or was opened). */
        private volatile long lastActiveNanos = System.nanoTime();

        private Timeout socketTimeout;

        QuietConnection(String id) {
            super(Http1Config.DEFAULT);
            this.id = id;
        }

        @Override
        public void bind(Socket socket) throws IOException {
            bind(new CountingSocketHolder(socket, null, written));
        }

        @Override
        public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
            bind(new CountingSocketHolder(sslSocket, socket, written));
        }

        @Override
        protected void bind(SocketHolder holder) throws IOException {
            if (closed.get()) {
                holder.getSocket().close();
                throw new InterruptedIOException("Connection already shutdown");
            }
            super.bind(holder);
            socketTimeout = Timeout.ofMilliseconds(holder.getSocket().getSoTimeout());
        }

        @Override
        public void sendRequestHeader(ClassicHttpRequest request) throws HttpException, IOException {
            // Only a connection that has been idle can have been closed by the server unnoticed; on one of those the
            // first byte goes out alone, so a failure there proves nothing was sent. A connection that carried an
            // answer moments ago is written in one go (one write call and one TCP segment fewer per request).
            written.set(System.nanoTime() - lastActiveNanos >= SPLIT_AFTER_IDLE_NANOS ? 0 : NO_SPLIT);
            super.sendRequestHeader(request);
        }

        @Override
        public Socket getSocket() {
            SocketHolder holder = getSocketHolder();
            return holder != null ? holder.getSocket() : null;
        }

        @Override
        public SSLSession getSSLSession() {
            return getSocket() instanceof SSLSocket ssl ? ssl.getSession() : null;
        }

        @Override
        public void close() throws IOException {
            if (closed.compareAndSet(false, true)) {
                super.close();
            }
        }

        @Override
        public void close(CloseMode closeMode) {
            if (closed.compareAndSet(false, true)) {
                super.close(closeMode);
            }
        }

        @Override
        public void setSocketTimeout(Timeout timeout) {
            super.setSocketTimeout(timeout);
            socketTimeout = timeout;
        }

        @Override
        public void passivate() {
            super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
        }

        @Override
        public void activate() {
            super.setSocketTimeout(socketTimeout);
        }

        @Override
        protected void onRequestSubmitted(ClassicHttpRequest request) {
            if (request != null && HTTP_LOG.isDebugEnabled()) {
                StringBuilder line = new StringBuilder(id).append(" >> ").append(new RequestLine(request));
                headers(line, request.getHeaders(), " >> ");
                HTTP_LOG.debug(line.toString());
            }
        }

        @Override
        protected void onResponseReceived(ClassicHttpResponse response) {
            lastActiveNanos = System.nanoTime();
            if (response != null && HTTP_LOG.isDebugEnabled()) {
                StringBuilder line = new StringBuilder(id).append(" << ").append(new StatusLine(response));
                headers(line, response.getHeaders(), " << ");
                HTTP_LOG.debug(line.toString());
            }
        }

        private void headers(StringBuilder line, Header[] headers, String direction) {
            for (Header header : headers) {
                line.append(System.lineSeparator())
                        .append(id)
                        .append(direction)
                        .append(header.getName())
                        .append(": ")
                        .append(SecretHeaders.shown(header.getName(), header.getValue()));
            }
        }
    }

    /** Counts the bytes of the current request written to the socket, to tell "not sent" from "maybe sent". */
    private static final class CountingSocketHolder extends SocketHolder {
        private final AtomicLong written;

        CountingSocketHolder(SSLSocket sslSocket, Socket base, AtomicLong written) {
            super(sslSocket, base);
            this.written = written;
        }

        CountingSocketHolder(Socket socket, Void unused, AtomicLong written) {
            super(socket);
            this.written = written;
        }

        @Override
        protected OutputStream getOutputStream(Socket socket) throws IOException {
            return new FilterOutputStream(super.getOutputStream(socket)) {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (len <= 0) {
                        return;
                    }
                    if (written.get() == 0) {
                        // a one-byte write either leaves whole or not at all: if it fails, nothing was sent
                        try {
                            out.write(b, off, 1);
                        } catch (IOException e) {
                            throw new RequestNotSentException(e);
                        }
                        written.set(1);
                        off++;
                        len--;
                    }
                    out.write(b, off, len);
                    if (written.get() != NO_SPLIT) {
                        written.addAndGet(len);
                    }
                }
            };
        }
    }
}
