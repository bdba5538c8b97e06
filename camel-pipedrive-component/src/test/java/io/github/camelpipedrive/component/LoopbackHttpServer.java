package io.github.camelpipedrive.component;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 that keeps connections alive, closes a connection that stays idle longer
 * than {@code idleCloseMillis}, records every request it reads, and logs nothing (so a test that captures every log
 * line sees only the client's).
 */
public final class LoopbackHttpServer implements AutoCloseable {

    /** A request as it arrived. */
    public record Request(String method, String path, Map<String, String> headers, String body, int connection) {}

    /** What to answer. */
    public record Response(int status, String contentType, String body, Map<String, String> headers) {
        public static Response json(int status, String body) {
            return new Response(status, "application/json", body, Map.of());
        }
    }

    private final ServerSocket server;
    private final Function<Request, Response> handler;
    private final int idleCloseMillis;
    private final boolean resetOnIdle;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;

    public LoopbackHttpServer(int idleCloseMillis, Function<Request, Response> handler) throws IOException {
        this(idleCloseMillis, false, handler);
    }

    /** @param resetOnIdle close an idle connection with a TCP reset instead of an orderly close */
    public LoopbackHttpServer(int idleCloseMillis, boolean resetOnIdle, Function<Request, Response> handler)
            throws IOException {
        this.resetOnIdle = resetOnIdle;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.handler = handler;
        this.idleCloseMillis = idleCloseMillis;
        Thread acceptor = new Thread(this::accept, "loopback-http-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** How many connections the server accepted. */
    public int connections() {
        return connections.get();
    }

    private void accept() {
        while (running) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                int id = connections.incrementAndGet();
                Thread t = new Thread(() -> serve(socket, id), "loopback-http-" + id);
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket, int id) {
        try (socket) {
            socket.setSoTimeout(idleCloseMillis);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (running) {
                String requestLine;
                try {
                    requestLine = line(in);
                } catch (SocketTimeoutException idle) {
                    if (resetOnIdle) {
                        socket.setSoLinger(true, 0);
                    }
                    return; // idle too long: close, without telling the client beforehand
                }
                if (requestLine == null || requestLine.isEmpty()) {
                    return;
                }
                Map<String, String> headers = new LinkedHashMap<>();
                String header;
                while ((header = line(in)) != null && !header.isEmpty()) {
                    int colon = header.indexOf(':');
                    headers.put(
                            header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            header.substring(colon + 1).trim());
                }
                byte[] body = body(in, headers);
                String[] parts = requestLine.split(" ");
                Request request =
                        new Request(parts[0], parts[1], headers, new String(body, StandardCharsets.UTF_8), id);
                requests.add(request);
                Response response = handler.apply(request);
                byte[] content =
                        response.body() == null ? new byte[0] : response.body().getBytes(StandardCharsets.UTF_8);
                StringBuilder head =
                        new StringBuilder("HTTP/1.1 ").append(response.status()).append(" X\r\n");
                if (response.contentType() != null) {
                    head.append("Content-Type: ").append(response.contentType()).append("\r\n");
                }
                response.headers()
                        .forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
                head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(content);
                out.flush();
            }
        } catch (IOException e) {
            // the client went away
        } finally {
            open.remove(socket);
        }
    }

    private static byte[] body(InputStream in, Map<String, String> headers) throws IOException {
        if (headers.containsKey("content-length")) {
            return in.readNBytes(Integer.parseInt(headers.get("content-length")));
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                int size = Integer.parseInt(line(in).split(";")[0].trim(), 16);
                if (size == 0) {
                    line(in);
                    return body.toByteArray();
                }
                body.write(in.readNBytes(size));
                line(in);
            }
        }
        return new byte[0];
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(c);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        running = false;
        server.close();
        for (Socket socket : open) {
            socket.close();
        }
    }
}
