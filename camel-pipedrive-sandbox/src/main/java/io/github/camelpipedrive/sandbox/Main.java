package io.github.camelpipedrive.sandbox;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox as a program:
 * {@code java -jar camel-pipedrive-sandbox.jar --port 8089 --token demo [--burst-limit N] [--burst-window-ms N]
 * [--daily-budget N] [--latency-ms A-B] [--error-rate 0.1] [--error-status 503] [--drop-rate 0.05] [--host H]}.
 * Prints its URL and token and stays up until Ctrl-C.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        PipedriveSandbox sandbox;
        try {
            sandbox = run(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        if (sandbox == null) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            sandbox.close();
                            stopped.countDown();
                        },
                        "pipedrive-sandbox-shutdown"));
        stopped.await();
    }

    /** Starts a sandbox from command-line arguments and prints where it is; {@code null} after {@code --help}. */
    public static PipedriveSandbox run(String[] args, PrintStream out) {
        PipedriveSandbox.Builder builder = PipedriveSandbox.builder().port(8089);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(usage());
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value after " + arg);
            }
            String value = args[++i];
            try {
                switch (arg) {
                    case "--port" -> builder.port(Integer.parseInt(value));
                    case "--host" -> builder.host(value);
                    case "--token" -> builder.token(value);
                    case "--burst-limit" -> builder.burstLimit(Integer.parseInt(value));
                    case "--burst-window-ms" -> builder.burstWindow(Duration.ofMillis(Long.parseLong(value)));
                    case "--daily-budget" -> builder.dailyBudget(Long.parseLong(value));
                    case "--latency-ms" -> {
                        String[] range = value.split("-", 2);
                        long min = Long.parseLong(range[0].trim());
                        long max = range.length > 1 ? Long.parseLong(range[1].trim()) : min;
                        builder.latency(Duration.ofMillis(min), Duration.ofMillis(max));
                    }
                    case "--error-rate" -> builder.errorRate(Double.parseDouble(value));
                    case "--error-status" -> builder.errorStatus(Integer.parseInt(value));
                    case "--drop-rate" -> builder.dropRate(Double.parseDouble(value));
                    default -> throw new IllegalArgumentException("Unknown option " + arg);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a number after " + arg + ": " + value);
            }
        }
        PipedriveSandbox sandbox = builder.start();
        out.println("Pipedrive sandbox listening on " + sandbox.baseUrl());
        out.println("  API token: " + sandbox.token() + "  (send it as header x-api-token, or Authorization: Bearer)");
        out.println("  v1: " + sandbox.baseUrl() + "/v1/...   v2: " + sandbox.baseUrl() + "/api/v2/...");
        out.println("Press Ctrl-C to stop.");
        return sandbox;
    }

    static String usage() {
        return """
                Usage: java -jar camel-pipedrive-sandbox.jar [options]
                  --port N              port to listen on (default 8089; 0 = any free port)
                  --host H              interface to bind (default 127.0.0.1)
                  --token T             accepted API token (default sandbox-token; repeat for more)
                  --burst-limit N       requests per burst window and token (default 80; 0 = off)
                  --burst-window-ms N   burst window length (default 2000)
                  --daily-budget N      daily token budget (default off)
                  --latency-ms A[-B]    added latency, fixed or random between A and B
                  --error-rate R        share 0.0-1.0 of requests answered with an error
                  --error-status S      status of those errors, 500 (default) or 503
                  --drop-rate R         share 0.0-1.0 of connections dropped without an answer""";
    }
}
