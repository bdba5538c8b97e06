package io.github.camelpipedrive.benchmarks;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * The server every way of writing talks to in parts 1, 2 and 4: the JDK's {@link HttpServer} answering fixed,
 * Pipedrive-shaped JSON at once, with Pipedrive's rate-limit headers. It reads and throws away every request body as it
 * arrives (through one reused buffer per thread), so a 100 MB upload costs it no memory.
 * <p>
 * Answers: {@code POST /api/v2/deals} a v2 deal; {@code PATCH /api/v2/persons/{id}} a v2 person;
 * {@code POST /v1/files} a v1 file whose {@code file_size} is the number of body bytes received; anything else 404,
 * so a sender that builds the wrong method or path fails instead of being measured.
 * <p>
 * Run as its own JVM ({@code main}), so neither its CPU-side allocations nor its buffers are counted in the
 * benchmarked JVM's allocation or heap figures; {@link #baseUrl()} starts one inside the JVM only when no
 * {@code bench.server} system property points at a running one.
 */
public final class StubPipedriveServer implements AutoCloseable {

    static final String DEAL = """
            {"success":true,"data":{"id":101,"title":"Acme Corp - 40 seat renewal (FY27)","creator_user_id":1,\
            "owner_id":1,"value":48250.5,"person_id":7,"org_id":3,"stage_id":2,"pipeline_id":1,"currency":"EUR",\
            "archive_time":null,"add_time":"2026-11-28T09:00:00Z","update_time":"2026-11-28T09:00:00Z",\
            "stage_change_time":"2026-11-28T09:00:00Z","status":"open","is_archived":false,"is_deleted":false,\
            "probability":60,"lost_reason":null,"visible_to":3,"close_time":null,"won_time":null,"lost_time":null,\
            "local_won_date":null,"local_lost_date":null,"local_close_date":null,"expected_close_date":"2026-12-31",\
            "label_ids":[1,4],"origin":"API","origin_id":null,"channel":null,"channel_id":null,"acv":null,"arr":null,\
            "mrr":null,"first_won_time":null,"is_acv_enabled":false,\
            "custom_fields":{"b2c4a1d9e0f37a6c5d8e9f0a1b2c3d4e5f607182":"Webinar 2026-11",\
            "c3d5b2eaf1048b7d6e9fa0b1c2d3e4f506172839":null,"d4e6c3fb02159c8e7fa0b1c2d3e4f5061728394a":null}},\
            "additional_data":null}""";
    static final String PERSON = """
            {"success":true,"data":{"id":42,"name":"Ada Lovelace","first_name":"Ada","last_name":"Lovelace",\
            "owner_id":1,"org_id":3,"add_time":"2026-01-05T10:00:00Z","update_time":"2026-11-28T09:00:00Z",\
            "emails":[{"value":"ada@example.com","primary":true,"label":"work"},\
            {"value":"ada.lovelace@example.org","primary":false,"label":"home"}],\
            "phones":[{"value":"+3725550100","primary":true,"label":"mobile"}],"is_deleted":false,"visible_to":3,\
            "label_ids":[],"picture_id":null,"custom_fields":{},"notes":null,"im":[],"birthday":null,\
            "job_title":"CTO","postal_address":null,"marketing_status":"subscribed"}}""";
    private static final String FILE = "{\"success\":true,\"data\":{\"id\":7,\"user_id\":1,\"deal_id\":1,"
            + "\"person_id\":null,\"org_id\":null,\"add_time\":\"2026-11-28 09:00:00\",\"file_name\":\"upload.bin\","
            + "\"file_type\":\"bin\",\"file_size\":%d,\"active_flag\":true,\"inline_flag\":false,"
            + "\"remote_location\":\"s3\",\"remote_id\":\"upload.bin\",\"name\":\"upload.bin\"}}";
    private static final byte[] DEAL_BYTES = DEAL.getBytes(StandardCharsets.UTF_8);
    private static final byte[] PERSON_BYTES = PERSON.getBytes(StandardCharsets.UTF_8);
    private static final byte[] NOT_FOUND =
            "{\"success\":false,\"error\":\"Unknown method .\",\"errorCode\":404}".getBytes(StandardCharsets.UTF_8);
    private static final Pattern PERSON_PATH = Pattern.compile("/api/v2/persons/\\d+");
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    private static volatile StubPipedriveServer inProcess;

    private final HttpServer server;
    private final ExecutorService workers;

    private StubPipedriveServer(int port) throws IOException {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            // the JDK server writes headers and body separately: without TCP_NODELAY, Nagle + delayed ACK add ~40 ms
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        workers = Executors.newFixedThreadPool(32, r -> {
            Thread t = new Thread(r, "stub-pipedrive");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", StubPipedriveServer::handle);
        server.start();
    }

    /** Starts a stub on a port (0 = any free one). */
    public static StubPipedriveServer start(int port) throws IOException {
        return new StubPipedriveServer(port);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /**
     * The stub to benchmark against: {@code -Dbench.server=http://127.0.0.1:PORT} (the runner's separate JVM), else
     * one started inside this JVM (for running a JMH class by hand).
     */
    public static String baseUrl() {
        String configured = System.getProperty("bench.server");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        synchronized (StubPipedriveServer.class) {
            if (inProcess == null) {
                try {
                    inProcess = start(0);
                } catch (IOException e) {
                    throw new IllegalStateException("Cannot start the stub server", e);
                }
            }
            return inProcess.url();
        }
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long received = drain(exchange.getRequestBody());
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            byte[] answer;
            int status = 200;
            if (method.equals("POST") && path.equals("/api/v2/deals")) {
                answer = DEAL_BYTES;
            } else if (method.equals("PATCH") && PERSON_PATH.matcher(path).matches()) {
                answer = PERSON_BYTES;
            } else if (method.equals("POST") && path.equals("/v1/files")) {
                answer = String.format(FILE, received).getBytes(StandardCharsets.UTF_8);
            } else {
                answer = NOT_FOUND;
                status = 404;
            }
            Headers headers = exchange.getResponseHeaders();
            headers.set("Content-Type", "application/json; charset=utf-8");
            headers.set("x-ratelimit-limit", "80");
            headers.set("x-ratelimit-remaining", "79");
            headers.set("x-ratelimit-reset", "2");
            headers.set("x-daily-requests-left", "29999");
            headers.set("x-correlation-id", "5b1e6f3c-2a7d-4c1b-9e8f-0a1b2c3d4e5f");
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    private static long drain(InputStream in) throws IOException {
        byte[] buffer = BUFFER.get();
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
        }
        return total;
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    /**
     * {@code java ... StubPipedriveServer [port]}: prints {@code LISTENING <port>} and serves until its standard input
     * closes (so it never outlives the runner that started it) or it is killed.
     */
    public static void main(String[] args) throws Exception {
        StubPipedriveServer stub = start(args.length > 0 ? Integer.parseInt(args[0]) : 0);
        System.out.println("LISTENING " + stub.port());
        System.out.flush();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            while (in.readLine() != null) {
                // wait for EOF
            }
        }
        stub.close();
        System.exit(0);
    }
}
