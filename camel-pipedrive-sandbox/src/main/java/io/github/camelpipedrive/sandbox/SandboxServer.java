package io.github.camelpipedrive.sandbox;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side: receives a request, records it, applies faults, checks the token and the rate limits,
 * finds the route, validates the body and runs the handler. One JDK {@link HttpServer} with a fixed pool.
 * <p>
 * Authentication: the token goes in the {@code x-api-token} header or as {@code Authorization: Bearer}.
 * The legacy {@code ?api_token=} query parameter is deliberately refused with a 401, so a client that still
 * sends the token in the URL (where it leaks into logs) fails in tests rather than in production.
 */
final class SandboxServer {

    private static final System.Logger LOG = System.getLogger(SandboxServer.class.getName());
    private static final int MAX_BODY = 64 * 1024 * 1024;
    private static final String CLOUDFLARE_PAGE = """
            <!DOCTYPE html>
            <html lang="en-US"><head><title>Attention Required! | Cloudflare</title></head>
            <body><div id="cf-wrapper"><h1>Sorry, you have been blocked</h1>
            <h2>You are unable to access api.pipedrive.com</h2>
            <p>This website is using a security service to protect itself from online attacks.</p>
            <p>This error is produced by Cloudflare.</p>
            <p>Cloudflare Ray ID: <strong>sandbox</strong></p></div></body></html>
            """;

    static {
        // the JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and the
        // client's delayed ACK add ~40 ms to every answer. Read once by the JDK, so set before the first server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final Company company;
    private final RouteTable routes;
    private final RateLimiter limiter;
    private final Faults faults;
    private final RequestJournal journal;
    private final Set<String> tokens;
    private HttpServer server;
    private ExecutorService executor;

    SandboxServer(
            Company company,
            RouteTable routes,
            RateLimiter limiter,
            Faults faults,
            RequestJournal journal,
            Set<String> tokens) {
        this.company = company;
        this.routes = routes;
        this.limiter = limiter;
        this.faults = faults;
        this.journal = journal;
        this.tokens = tokens;
    }

    InetSocketAddress start(String host, int port, int threads) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 128);
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pipedrive-sandbox-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        return server.getAddress();
    }

    void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    private void handle(HttpExchange exchange) {
        byte[] body = new byte[0];
        // the journal entry is written before the answer goes out, so a client that has its answer sees it
        try {
            body = readBody(exchange.getRequestBody());
            Faults.Decision fault = faults.next();
            long delay = faults.latencyMillis();
            if (delay > 0) {
                Thread.sleep(delay);
            }
            if (fault.kind() == Faults.Kind.DROP) {
                journal.add(record(exchange, body, 0));
                // closing before any header is sent makes the JDK server close the socket: the client sees EOF
                exchange.close();
                return;
            }
            Answer answer = switch (fault.kind()) {
                case CLOUDFLARE -> Answer.html(403, CLOUDFLARE_PAGE);
                case ERROR ->
                    Answer.json(
                            fault.status(),
                            Envelope.error(
                                    fault.status() == 503
                                            ? "Service is temporarily unavailable. Please try again later."
                                            : "Internal server error"));
                default -> null;
            };
            Map<String, String> rateHeaders = new LinkedHashMap<>();
            if (answer == null) {
                answer = dispatch(exchange, body, rateHeaders);
            }
            journal.add(record(exchange, body, answer.status()));
            send(exchange, answer, rateHeaders);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Client went away", e);
            exchange.close();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Sandbox failed on " + exchange.getRequestURI(), e);
            journal.add(record(exchange, body, 500));
            try {
                send(exchange, Answer.json(500, Envelope.error("Internal server error")), Map.of());
            } catch (IOException ignored) {
                exchange.close();
            }
        }
    }

    private Answer dispatch(HttpExchange exchange, byte[] bytes, Map<String, String> rateHeaders) {
        String token = token(exchange.getRequestHeaders());
        if (token == null || !tokens.contains(token)) {
            return Answer.json(401, Envelope.shortError("unauthorized access", 401));
        }
        String path = exchange.getRequestURI().getRawPath();
        ApiVersion version;
        String relative;
        if (path.startsWith("/api/v2/")) {
            version = ApiVersion.V2;
            relative = path.substring("/api/v2".length());
        } else if (path.startsWith("/api/v1/")) {
            version = ApiVersion.V1;
            relative = path.substring("/api/v1".length());
        } else if (path.startsWith("/v1/")) {
            version = ApiVersion.V1;
            relative = path.substring("/v1".length());
        } else {
            version = null;
            relative = path;
        }
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        RouteTable.Match match =
                version == null ? new RouteTable.Match(null, Map.of(), false) : routes.match(method, version, relative);
        Route route = match.route();
        RateLimiter.Decision decision = limiter.admit(token, route == null ? 1 : route.tokenCost());
        rateHeaders.put("x-ratelimit-limit", String.valueOf(decision.limit()));
        rateHeaders.put("x-ratelimit-remaining", String.valueOf(decision.remaining()));
        rateHeaders.put("x-ratelimit-reset", String.valueOf(decision.resetSeconds()));
        if (!decision.allowed()) {
            return Answer.json(429, Envelope.shortError("Request over limit", 429));
        }
        if (route == null && version != null) {
            Answer generic = GenericReads.answer(
                    company,
                    method,
                    version,
                    relative,
                    query(exchange.getRequestURI().getRawQuery()));
            if (generic != null) {
                return generic;
            }
        }
        if (route == null) {
            return match.pathKnown()
                    ? Answer.json(405, Envelope.error("Method not allowed"))
                    : Answer.json(404, Envelope.error("Unknown method ."));
        }
        try {
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (version == ApiVersion.V2
                    && bytes.length > 0
                    && contentType != null
                    && !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                return Answer.json(415, Envelope.error("Unsupported Media Type: API v2 accepts application/json only"));
            }
            RequestBody body = RequestBody.parse(contentType, bytes);
            AcceptedFields.dropUnknown(route, body);
            route.rules().check(body, version);
            Call call = new Call(
                    company,
                    route,
                    decode(match.params()),
                    query(exchange.getRequestURI().getRawQuery()),
                    body);
            return route.handler().handle(call);
        } catch (ApiError e) {
            return Answer.error(e);
        }
    }

    /** {@code x-api-token} header, or {@code Authorization: Bearer}; the {@code api_token} query parameter is not read. */
    private static String token(Headers headers) {
        String token = headers.getFirst("x-api-token");
        if (token != null && !token.isBlank()) {
            return token.trim();
        }
        String auth = headers.getFirst("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).trim();
        }
        return null;
    }

    private static void send(HttpExchange exchange, Answer answer, Map<String, String> extraHeaders)
            throws IOException {
        byte[] bytes = answer.bytes();
        Headers headers = exchange.getResponseHeaders();
        headers.set(
                "Content-Type",
                answer.contentType().startsWith("application/json")
                        ? "application/json; charset=utf-8"
                        : answer.contentType());
        extraHeaders.forEach(headers::set);
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > MAX_BODY) {
                    throw new IOException("Request body over " + MAX_BODY + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.putIfAbsent(key, value);
        }
        return query;
    }

    private static Map<String, String> decode(Map<String, String> params) {
        Map<String, String> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, URLDecoder.decode(v, StandardCharsets.UTF_8)));
        return out;
    }

    /** The journal entry: token values masked wherever a client may have put them. */
    private static RecordedRequest record(HttpExchange exchange, byte[] body, int status) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            List<String> kept = new ArrayList<>(values);
            if (key.equals("x-api-token")) {
                kept.replaceAll(v -> "***");
            } else if (key.equals("authorization")) {
                kept.replaceAll(v -> v.regionMatches(true, 0, "Bearer ", 0, 7) ? "Bearer ***" : "***");
            }
            headers.put(key, List.copyOf(kept));
        });
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String query = rawQuery == null ? "" : rawQuery.replaceAll("(?i)(^|&)(api_token)=[^&]*", "$1$2=***");
        boolean truncated = body.length > RequestJournal.BODY_CAP;
        byte[] kept = truncated ? java.util.Arrays.copyOf(body, RequestJournal.BODY_CAP) : body;
        return new RecordedRequest(
                Instant.now(),
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                query,
                Map.copyOf(headers),
                kept,
                truncated,
                status);
    }
}
