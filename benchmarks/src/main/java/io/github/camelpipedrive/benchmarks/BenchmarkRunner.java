package io.github.camelpipedrive.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.ListStatistics;

/**
 * Runs the four parts of the benchmark (issue #6) and prints one summary table with the ratios against the targets.
 * Started by {@code benchmarks/run.sh}; see docs/performance.md.
 * <p>
 * Options: {@code -smoke} (minimal iterations, for CI: proves everything runs and yields numbers, asserts no timing),
 * {@code -parts 1,2,3,4}, {@code -forks N}, {@code -startup-runs N}, {@code -out DIR}. The module directory comes
 * from {@code -Dbench.home} (default: the working directory).
 * <p>
 * Exit code: 0 when every selected part produced its numbers (whether or not a target was met), 1 otherwise.
 */
public final class BenchmarkRunner {

    private static final String WRITE = WriteBenchmarks.class.getName();
    private static final String SANDBOX = SandboxBenchmarks.class.getName();
    private static final String BREAKDOWN = BreakdownBenchmarks.class.getName();
    /**
     * Warm-up iterations of 2 s. On 2 cores a single caller leaves C2 a core and reaches its plateau in ~20 s; with 16
     * callers the compiler threads starve, and C2 spends ~8 s on one compilation (Camel's
     * RedeliveryErrorHandler$SimpleTask.run() with the whole synchronous route inlined, 234 KB of code): a Camel route
     * needs ~35 s to reach steady state there (see docs/performance.md).
     */
    private static int warmupIterations(int threads) {
        return threads > 1 ? 18 : 10;
    }

    private static final int[] CONCURRENCY = {1, 16};
    private static final String[] WAYS = {"pipedrive", "camelHttp", "raw"};
    private static final Map<String, String> WAY_NAMES = Map.of(
            "pipedrive",
            "(a) pipedrive component",
            "camelHttp",
            "(b) camel-http + jackson",
            "raw",
            "(c) raw HttpClient 5");
    private static final String[] OPS = {"dealAdd", "personUpdate"};
    private static final Map<String, String> OP_NAMES = Map.of("dealAdd", "deal/add", "personUpdate", "person/update");

    private final boolean smoke;
    private final Set<Integer> parts;
    private final int forks;
    private final int startupRuns;
    private final Path home;
    private final Path out;
    private final String java =
            Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    private final List<String> failures = new ArrayList<>();
    private final StringBuilder report = new StringBuilder();
    private final Map<String, String> loads = new LinkedHashMap<>();

    private BenchmarkRunner(String[] args) {
        boolean smokeFlag = Boolean.getBoolean("bench.smoke");
        Set<Integer> selected = new LinkedHashSet<>(List.of(1, 2, 3, 4));
        Integer forkCount = null;
        Integer runs = null;
        Path outDir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-smoke", "--smoke" -> smokeFlag = true;
                case "-parts" ->
                    selected = Arrays.stream(args[++i].split(","))
                            .map(String::trim)
                            .map(Integer::valueOf)
                            .collect(Collectors.toCollection(LinkedHashSet::new));
                case "-forks" -> forkCount = Integer.valueOf(args[++i]);
                case "-startup-runs" -> runs = Integer.valueOf(args[++i]);
                case "-out" -> outDir = Paths.get(args[++i]);
                default ->
                    throw new IllegalArgumentException("Unknown option " + args[i]
                            + " (known: -smoke, -parts 1,2,3,4, -forks N, -startup-runs N, -out DIR)");
            }
        }
        this.smoke = smokeFlag;
        this.parts = selected;
        this.forks = forkCount != null ? forkCount : smoke ? 1 : 2;
        this.startupRuns = runs != null ? runs : smoke ? 1 : 11;
        this.home = Paths.get(System.getProperty("bench.home", "."))
                .toAbsolutePath()
                .normalize();
        this.out = outDir != null ? outDir : home.resolve("target/bench-results");
    }

    public static void main(String[] args) throws Exception {
        BenchmarkRunner runner = new BenchmarkRunner(args);
        int code = runner.run();
        System.exit(code);
    }

    private int run() throws Exception {
        Files.createDirectories(out);
        long started = System.nanoTime();
        header();
        loads.put("start", loadAverage());
        try (Stub stub = Stub.start(java)) {
            say("stub server (separate JVM, JDK HttpServer, TCP_NODELAY) at " + stub.url);
            if (parts.contains(1)) {
                part("1", () -> part1(stub.url));
            }
            if (parts.contains(2)) {
                part("2", () -> part2(stub.url));
            }
            if (parts.contains(3)) {
                part("3", this::part3);
            }
            if (parts.contains(4)) {
                part("4", () -> part4(stub.url));
            }
        }
        loads.put("end", loadAverage());
        report.append("\nLoad average (1/5/15 min) at ")
                .append(loads.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining("; ")))
                .append('\n');
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        report.append(String.format(
                Locale.ROOT,
                "Run time: %d min %02d s%s%n",
                seconds / 60,
                seconds % 60,
                smoke ? " (smoke: minimal iterations; the numbers are not meaningful)" : ""));
        if (!failures.isEmpty()) {
            report.append("\nFAILED: ").append(String.join("; ", failures)).append('\n');
        }
        System.out.println();
        System.out.println("=".repeat(100));
        System.out.print(report);
        System.out.println("=".repeat(100));
        Files.writeString(out.resolve("summary.md"), report.toString());
        System.out.println("Summary written to " + out.resolve("summary.md") + "; JMH logs and JSON in " + out);
        if (failures.isEmpty()) {
            System.out.println("benchmarks" + (smoke ? " smoke" : "") + ": all " + parts.size()
                    + " selected parts produced numbers");
            return 0;
        }
        System.out.println("benchmarks" + (smoke ? " smoke" : "") + ": " + failures.size() + " part(s) failed");
        return 1;
    }

    interface Part {
        void run() throws Exception;
    }

    private void part(String name, Part part) {
        loads.put("part " + name, loadAverage());
        try {
            part.run();
        } catch (Exception | Error e) {
            failures.add("part " + name + ": " + e);
            say("part " + name + " FAILED: " + e);
            e.printStackTrace();
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Part 1

    /** One JMH figure: score and its 99.9% error, plus percentiles for SampleTime and allocation per operation. */
    record Figure(
            double score,
            double error,
            double p50,
            double p99,
            double alloc,
            double allocError,
            double cpu,
            double cpuError) {}

    private void part1(String stubUrl) throws Exception {
        warmStub(stubUrl, smoke ? 2 : 20);
        // Throughput: `forks` rounds of one fork per benchmark, so that load from elsewhere on the machine hits
        // every way of writing alike instead of whichever ran when it came; all iterations are pooled.
        Pool thrptPool = new Pool();
        for (int round = 1; round <= forks; round++) {
            for (int threads : CONCURRENCY) {
                say("part 1: throughput, round " + round + "/" + forks + ", " + threads + " thread(s), 6 benchmarks");
                thrptPool.add(
                        runJmh(
                                WRITE,
                                org.openjdk.jmh.annotations.Mode.Throughput,
                                TimeUnit.SECONDS,
                                threads,
                                1,
                                stubUrl,
                                "part1-thrpt-c" + threads + "-round" + round),
                        threads);
            }
        }
        Map<String, Figure> thrpt = thrptPool.figures();
        Map<String, Figure> sample = new TreeMap<>();
        for (int threads : CONCURRENCY) {
            say("part 1: latency (SampleTime), " + threads + " thread(s), 6 benchmarks x 1 fork");
            collect(
                    runJmh(
                            WRITE,
                            org.openjdk.jmh.annotations.Mode.SampleTime,
                            TimeUnit.MICROSECONDS,
                            threads,
                            1,
                            stubUrl,
                            "part1-sample-c" + threads),
                    threads,
                    sample);
        }
        StringBuilder r = report;
        r.append("\n## Part 1: per-request overhead (stub server in its own JVM; the same Map body; component "
                + "rateLimitGovernor=false)\n\n");
        r.append("Throughput and latency:\n\n");
        r.append("| operation | way | ops/s c1 (± err) | ops/s c16 (± err) | p50 / p99 µs c1 | p50 / p99 µs c16 |\n");
        r.append("|---|---|---:|---:|---:|---:|\n");
        for (String op : OPS) {
            for (String way : WAYS) {
                String key = way + "_" + op;
                Figure t1 = need(thrpt, key + "@1");
                Figure t16 = need(thrpt, key + "@16");
                Figure s1 = need(sample, key + "@1");
                Figure s16 = need(sample, key + "@16");
                r.append("| ")
                        .append(OP_NAMES.get(op))
                        .append(" | ")
                        .append(WAY_NAMES.get(way))
                        .append(" | ")
                        .append(pm(t1.score, t1.error, 0))
                        .append(" | ")
                        .append(pm(t16.score, t16.error, 0))
                        .append(" | ")
                        .append(num(s1.p50, 0))
                        .append(" / ")
                        .append(num(s1.p99, 0))
                        .append(" | ")
                        .append(num(s16.p50, 0))
                        .append(" / ")
                        .append(num(s16.p99, 0))
                        .append(" |\n");
            }
        }
        r.append("\nCost per request in the benchmark JVM (the stub's own CPU is not included):\n\n");
        r.append(
                "| operation | way | B/op c1 (± err) | B/op c16 (± err) | CPU µs/op c1 (± err) | CPU µs/op c16 (± err) |\n");
        r.append("|---|---|---:|---:|---:|---:|\n");
        for (String op : OPS) {
            for (String way : WAYS) {
                String key = way + "_" + op;
                Figure t1 = need(thrpt, key + "@1");
                Figure t16 = need(thrpt, key + "@16");
                r.append("| ")
                        .append(OP_NAMES.get(op))
                        .append(" | ")
                        .append(WAY_NAMES.get(way))
                        .append(" | ")
                        .append(pm(t1.alloc, t1.allocError, 0))
                        .append(" | ")
                        .append(pm(t16.alloc, t16.allocError, 0))
                        .append(" | ")
                        .append(pm(t1.cpu, t1.cpuError, 1))
                        .append(" | ")
                        .append(pm(t16.cpu, t16.cpuError, 1))
                        .append(" |\n");
            }
        }
        r.append("\nRatios (time per request = 1/throughput; < 1 means the component is faster or lighter):\n\n");
        r.append("| operation | (a)/(b) time c1 | (a)/(b) time c16 | (a)/(b) alloc | (a)/(b) CPU c16 "
                + "| (a)/(c) time c1 | (a)/(c) time c16 | (a)/(c) alloc | (a)/(c) CPU c16 |\n");
        r.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String op : OPS) {
            Figure a1 = thrpt.get("pipedrive_" + op + "@1");
            Figure a16 = thrpt.get("pipedrive_" + op + "@16");
            Figure b1 = thrpt.get("camelHttp_" + op + "@1");
            Figure b16 = thrpt.get("camelHttp_" + op + "@16");
            Figure c1 = thrpt.get("raw_" + op + "@1");
            Figure c16 = thrpt.get("raw_" + op + "@16");
            r.append("| ")
                    .append(OP_NAMES.get(op))
                    .append(" | ")
                    .append(target(b1.score / a1.score, 1.0))
                    .append(" | ")
                    .append(target(b16.score / a16.score, 1.0))
                    .append(" | ")
                    .append(target(a1.alloc / b1.alloc, 1.0))
                    .append(" | ")
                    .append(ratio(a16.cpu / b16.cpu))
                    .append(" | ")
                    .append(ratio(c1.score / a1.score))
                    .append(" | ")
                    .append(target(c16.score / a16.score, 1.15))
                    .append(" | ")
                    .append(ratio(a1.alloc / c1.alloc))
                    .append(" | ")
                    .append(ratio(a16.cpu / c16.cpu))
                    .append(" |\n");
        }
        r.append("\nTargets: (a)/(b) time <= 1.0 and alloc <= 1.0; (a)/(c) time <= 1.15 at c16. "
                + "[met] / [MISSED] compare point estimates only: see the error columns.\n");
        part1b();
    }

    /** Part 1b: the same deal/add with the network taken out ({@link BreakdownBenchmarks}). */
    private void part1b() throws Exception {
        say("part 1b: breakdown without the network, 3 benchmarks x 1 fork");
        Map<String, Figure> f = new TreeMap<>();
        collect(
                runJmh(
                        BREAKDOWN,
                        org.openjdk.jmh.annotations.Mode.AverageTime,
                        TimeUnit.MICROSECONDS,
                        1,
                        1,
                        null,
                        "part1b-breakdown"),
                1,
                f);
        Figure camel = need(f, "camel_noop@1");
        Figure raw = need(f, "raw_canned@1");
        Figure pipedrive = need(f, "pipedrive_canned@1");
        StringBuilder r = report;
        r.append("\n### Part 1b: deal/add without the network (HttpClient answering from memory), 1 thread\n\n");
        r.append("| what | µs/op (± err) | CPU µs/op | B/op (± err) |\n|---|---:|---:|---:|\n");
        r.append("| Camel alone: ProducerTemplate -> direct -> processor | ")
                .append(pm(camel.score, camel.error, 2))
                .append(" | ")
                .append(num(camel.cpu, 2))
                .append(" | ")
                .append(pm(camel.alloc, camel.allocError, 0))
                .append(" |\n");
        r.append("| (c) raw: Jackson write + HttpClient dispatch + Jackson read | ")
                .append(pm(raw.score, raw.error, 2))
                .append(" | ")
                .append(num(raw.cpu, 2))
                .append(" | ")
                .append(pm(raw.alloc, raw.allocError, 0))
                .append(" |\n");
        r.append("| (a) Camel + pipedrive:deal/add on the same client | ")
                .append(pm(pipedrive.score, pipedrive.error, 2))
                .append(" | ")
                .append(num(pipedrive.cpu, 2))
                .append(" | ")
                .append(pm(pipedrive.alloc, pipedrive.allocError, 0))
                .append(" |\n");
        r.append("| the component's own code = (a) - (c) - Camel | ")
                .append(num(pipedrive.score - raw.score - camel.score, 2))
                .append(" | ")
                .append(num(pipedrive.cpu - raw.cpu - camel.cpu, 2))
                .append(" | ")
                .append(num(pipedrive.alloc - raw.alloc - camel.alloc, 0))
                .append(" |\n");
    }

    /** The stub is a fresh JVM too: load it for a while so part 1 does not measure its JIT warming up. */
    private static void warmStub(String url, int seconds) throws Exception {
        say("warming the stub server up for " + seconds + " s (16 threads, raw client)");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try (RawClient client = new RawClient(url, Bodies.TOKEN)) {
            List<Thread> threads = new ArrayList<>();
            List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
            for (int t = 0; t < 16; t++) {
                Thread thread = new Thread(() -> {
                    try {
                        for (long i = 0; System.nanoTime() < end; i++) {
                            if (i % 2 == 0) {
                                client.dealAdd(Bodies.DEAL);
                            } else {
                                client.personUpdate(Bodies.PERSON_ID, Bodies.PERSON);
                            }
                        }
                    } catch (Exception e) {
                        errors.add(e);
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            if (!errors.isEmpty()) {
                throw new IllegalStateException("the stub server failed while warming up", errors.get(0));
            }
        }
    }

    private Collection<RunResult> runJmh(
            String benchmarkClass,
            org.openjdk.jmh.annotations.Mode mode,
            TimeUnit unit,
            int threads,
            int forkCount,
            String stubUrl,
            String name)
            throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmarkClass.replace(".", "\\.") + "\\.")
                .mode(mode)
                .timeUnit(unit)
                .threads(threads)
                .forks(forkCount)
                .shouldFailOnError(true)
                .addProfiler(GCProfiler.class)
                .addProfiler(CpuProfiler.class)
                .jvmArgsAppend(
                        "-Xms1g",
                        "-Xmx1g",
                        "-Dsun.net.httpserver.nodelay=true",
                        "-Dbench.server=" + (stubUrl == null ? "" : stubUrl))
                .output(out.resolve(name + ".log").toString())
                .result(out.resolve(name + ".json").toString())
                .resultFormat(ResultFormatType.JSON);
        if (smoke) {
            options.warmupIterations(1)
                    .warmupTime(TimeValue.milliseconds(500))
                    .measurementIterations(1)
                    .measurementTime(TimeValue.milliseconds(500));
        } else {
            options.warmupIterations(warmupIterations(threads))
                    .warmupTime(TimeValue.seconds(2))
                    .measurementIterations(5)
                    .measurementTime(TimeValue.seconds(2));
        }
        warnIfAnotherJmhRuns(name);
        return new Runner(options.build()).run();
    }

    /**
     * JMH refuses to start while another JMH run on the machine holds {@code jmh.lock} (e.g. someone else's
     * benchmark, or CI). run.sh sets {@code -Djmh.ignoreLock=true} so the smoke run cannot fail for that reason; the
     * clash is still reported, because it disturbs the numbers.
     */
    private void warnIfAnotherJmhRuns(String name) {
        Path lock = Paths.get(System.getProperty("java.io.tmpdir"), "jmh.lock");
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                String warning =
                        "another JMH run held " + lock + " when " + name + " started: its numbers are disturbed";
                say("WARNING: " + warning);
                report.append("\nWARNING: ").append(warning).append('\n');
            } else {
                held.release();
            }
        } catch (IOException | OverlappingFileLockException e) {
            // cannot tell; JMH itself decides
        }
    }

    private static void collect(Collection<RunResult> results, int threads, Map<String, Figure> into) {
        for (RunResult rr : results) {
            String benchmark = rr.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            Result<?> primary = rr.getPrimaryResult();
            double p50 = Double.NaN;
            double p99 = Double.NaN;
            if (rr.getParams().getMode() == org.openjdk.jmh.annotations.Mode.SampleTime) {
                p50 = primary.getStatistics().getPercentile(50);
                p99 = primary.getStatistics().getPercentile(99);
            }
            Result<?> alloc = rr.getSecondaryResults().get("gc.alloc.rate.norm");
            Result<?> cpu = rr.getSecondaryResults().get("cpu.time.norm");
            into.put(
                    method + "@" + threads,
                    new Figure(
                            primary.getScore(),
                            primary.getScoreError(),
                            p50,
                            p99,
                            alloc == null ? Double.NaN : alloc.getScore(),
                            alloc == null ? Double.NaN : alloc.getScoreError(),
                            cpu == null ? Double.NaN : cpu.getScore(),
                            cpu == null ? Double.NaN : cpu.getScoreError()));
        }
    }

    /**
     * Measured iterations of the same benchmark from several JMH runs, pooled: the score is their mean and the error
     * the 99.9% confidence half-width, as JMH computes them for the forks of one run.
     */
    static final class Pool {
        private final Map<String, List<double[]>> iterations = new TreeMap<>();

        void add(Collection<RunResult> results, int threads) {
            for (RunResult rr : results) {
                String benchmark = rr.getParams().getBenchmark();
                String key = benchmark.substring(benchmark.lastIndexOf('.') + 1) + "@" + threads;
                for (BenchmarkResult br : rr.getBenchmarkResults()) {
                    for (IterationResult ir : br.getIterationResults()) {
                        Result<?> alloc = ir.getSecondaryResults().get("gc.alloc.rate.norm");
                        Result<?> cpu = ir.getSecondaryResults().get("cpu.time.norm");
                        iterations.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {
                            ir.getPrimaryResult().getScore(),
                            alloc == null ? Double.NaN : alloc.getScore(),
                            cpu == null ? Double.NaN : cpu.getScore()
                        });
                    }
                }
            }
        }

        Map<String, Figure> figures() {
            Map<String, Figure> figures = new TreeMap<>();
            iterations.forEach((key, list) -> {
                ListStatistics score = new ListStatistics();
                ListStatistics alloc = new ListStatistics();
                ListStatistics cpu = new ListStatistics();
                for (double[] v : list) {
                    score.addValue(v[0]);
                    if (!Double.isNaN(v[1])) {
                        alloc.addValue(v[1]);
                    }
                    if (!Double.isNaN(v[2])) {
                        cpu.addValue(v[2]);
                    }
                }
                figures.put(
                        key,
                        new Figure(
                                score.getMean(),
                                error(score),
                                Double.NaN,
                                Double.NaN,
                                alloc.getMean(),
                                error(alloc),
                                cpu.getMean(),
                                error(cpu)));
            });
            return figures;
        }

        private static double error(ListStatistics statistics) {
            return statistics.getN() > 2 ? statistics.getMeanErrorAt(0.999) : Double.NaN;
        }
    }

    private static Figure need(Map<String, Figure> figures, String key) {
        Figure f = figures.get(key);
        if (f == null) {
            throw new IllegalStateException("JMH produced no result for " + key);
        }
        return f;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Part 2

    private void part2(String stubUrl) throws Exception {
        int megabytes = Integer.getInteger("bench.upload.mb", 100);
        int repeats = smoke ? 1 : 5;
        Path dir = Files.createTempDirectory("pipedrive-bench-upload");
        Path file = dir.resolve("upload.bin");
        try {
            writeFile(file, megabytes);
            say("part 2: " + megabytes + " MB file at " + file);
            List<String[]> runs = List.of(
                    new String[] {"pipedrive", "256m"},
                    new String[] {"raw", "256m"},
                    new String[] {"pipedrive", "64m"},
                    new String[] {"raw", "64m"},
                    new String[] {"raw-buffered", "64m"});
            List<Map<String, String>> results = new ArrayList<>();
            for (String[] run : runs) {
                say("part 2: " + run[0] + " -Xmx" + run[1] + ", " + repeats + " measured upload(s) after 1 warm-up");
                results.add(uploadProbe(run[0], run[1], stubUrl, file, repeats));
            }
            StringBuilder r = report;
            r.append("\n## Part 2: upload of a ")
                    .append(megabytes)
                    .append(" MB file (file/add, multipart POST /v1/files; " + "discarding stub in its own JVM)\n\n");
            r.append("| sender | -Xmx | result | median ms (min-max) | peak heap rise MB | sampled rise MB "
                    + "| live rise MB | allocated MB/upload |\n");
            r.append("|---|---|---|---:|---:|---:|---:|---:|\n");
            for (int i = 0; i < runs.size(); i++) {
                Map<String, String> m = results.get(i);
                boolean ok = "true".equals(m.get("ok"));
                String name = switch (runs.get(i)[0]) {
                    case "pipedrive" -> "(a) pipedrive:file/add?dealId=1, body java.io.File";
                    case "raw" -> "(c) raw: MultipartEntityBuilder + FileBody";
                    default -> "control: raw with the file read into a byte[] (expected to fail at 64m)";
                };
                r.append("| ")
                        .append(name)
                        .append(" | ")
                        .append(runs.get(i)[1])
                        .append(" | ")
                        .append(ok ? "ok" : "FAILED: " + m.getOrDefault("error", "?"))
                        .append(" | ");
                if (ok) {
                    r.append(m.get("medianMs"))
                            .append(" (")
                            .append(m.get("minMs"))
                            .append("-")
                            .append(m.get("maxMs"))
                            .append(") | ")
                            .append(m.get("peakRiseMB"))
                            .append(" | ")
                            .append(m.get("sampledRiseMB"))
                            .append(" | ")
                            .append(m.get("liveRiseMB"))
                            .append(" | ")
                            .append(m.get("allocPerUploadMB"))
                            .append(" |\n");
                } else {
                    r.append("- | - | - | - | - |\n");
                }
            }
            Map<String, String> a256 = results.get(0);
            Map<String, String> c256 = results.get(1);
            Map<String, String> a64 = results.get(2);
            Map<String, String> control = results.get(4);
            if (!"true".equals(a256.get("ok")) || !"true".equals(c256.get("ok"))) {
                throw new IllegalStateException("an upload at -Xmx256m failed: " + a256 + " / " + c256);
            }
            double peak = Double.parseDouble(a256.get("peakRiseMB"));
            r.append("\nTarget: component heap rise < 16 MB for the ")
                    .append(megabytes)
                    .append(" MB file: ")
                    .append(num(peak, 2))
                    .append(" MB ")
                    .append(peak < 16 ? "[met]" : "[MISSED]")
                    .append("; works with -Xmx64m: ")
                    .append("true".equals(a64.get("ok")) ? "yes [met]" : "NO [MISSED]")
                    .append("; time (a)/(c): ")
                    .append(ratio(Double.parseDouble(a256.get("medianMs")) / Double.parseDouble(c256.get("medianMs"))))
                    .append(". Control at 64m ")
                    .append(
                            "true".equals(control.get("ok"))
                                    ? "did NOT fail: the 64m check proves nothing on this JVM"
                                    : "failed as it must")
                    .append(".\n");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static void writeFile(Path file, int megabytes) throws IOException {
        byte[] block = new byte[1024 * 1024];
        new Random(6).nextBytes(block);
        try (OutputStream o = Files.newOutputStream(file)) {
            for (int i = 0; i < megabytes; i++) {
                o.write(block);
            }
        }
    }

    private Map<String, String> uploadProbe(String mode, String xmx, String stubUrl, Path file, int repeats)
            throws Exception {
        List<String> command = List.of(
                java,
                "-Xmx" + xmx,
                "-cp",
                System.getProperty("java.class.path"),
                UploadProbe.class.getName(),
                mode,
                stubUrl,
                file.toString(),
                Integer.toString(repeats));
        Process p = new ProcessBuilder(command)
                .redirectError(out.resolve("part2-" + mode + "-" + xmx + ".err").toFile())
                .start();
        p.getOutputStream().close();
        String line = null;
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = in.readLine()) != null; ) {
                if (l.startsWith("UPLOAD ")) {
                    line = l;
                }
            }
        }
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (line == null) {
            values.put("ok", "false");
            values.put("error", "no result (exit " + p.exitValue() + ")");
            return values;
        }
        for (String kv : line.substring("UPLOAD ".length()).split(" ")) {
            int eq = kv.indexOf('=');
            values.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        say("  " + line);
        return values;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Part 3

    private void part3() throws Exception {
        say("part 3: deal/add against the sandbox, 16 threads, 2 benchmarks, " + forks + " round(s) of 1 fork");
        Pool pool = new Pool();
        for (int round = 1; round <= forks; round++) {
            pool.add(
                    runJmh(
                            SANDBOX,
                            org.openjdk.jmh.annotations.Mode.Throughput,
                            TimeUnit.SECONDS,
                            16,
                            1,
                            null,
                            "part3-sandbox-c16-round" + round),
                    16);
        }
        Map<String, Figure> figures = pool.figures();
        Figure a = need(figures, "pipedrive_dealAdd@16");
        Figure c = need(figures, "raw_dealAdd@16");
        StringBuilder r = report;
        r.append("\n## Part 3: deal/add against the sandbox (in the benchmark JVM; burstLimit(0), journal off), "
                + "16 threads\n\n");
        r.append("| stack | writes/s (± err) | B/op (client + sandbox) | CPU µs/op (client + sandbox) |\n"
                + "|---|---:|---:|---:|\n");
        r.append("| (a) component + sandbox | ")
                .append(pm(a.score, a.error, 0))
                .append(" | ")
                .append(num(a.alloc, 0))
                .append(" | ")
                .append(num(a.cpu, 1))
                .append(" |\n");
        r.append("| (c) raw HttpClient 5 + sandbox (the sandbox's capacity) | ")
                .append(pm(c.score, c.error, 0))
                .append(" | ")
                .append(num(c.alloc, 0))
                .append(" | ")
                .append(num(c.cpu, 1))
                .append(" |\n");
        r.append("\n(a)/(c) writes/s: ")
                .append(ratio(a.score / c.score))
                .append(
                        a.score < c.score
                                ? " (the sandbox can take more than the component sends it: it is not the limit)"
                                : " (the component matches the sandbox's raw capacity: here the sandbox is the limit)")
                .append(".\n");
    }

    // ------------------------------------------------------------------------------------------------------------
    // Part 4

    private void part4(String stubUrl) throws Exception {
        Path classes = home.resolve("target/classes");
        Map<String, List<Path>> classpaths = new LinkedHashMap<>();
        for (String app : List.of("core", "pipedrive", "camel-http")) {
            Path file = home.resolve("startup-apps/" + app + "/target/classpath.txt");
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(file + " is missing: build it with "
                        + "mvn -f benchmarks/startup-apps/pom.xml package (run.sh does)");
            }
            classpaths.put(
                    app,
                    Arrays.stream(Files.readString(file).trim().split(File.pathSeparator))
                            .filter(s -> !s.isBlank())
                            .map(Paths::get)
                            .toList());
        }
        Map<String, List<Long>> total = new LinkedHashMap<>();
        Map<String, List<Long>> inJvm = new LinkedHashMap<>();
        List<String> variants = List.of("pipedrive", "camel-http");
        variants.forEach(v -> {
            total.put(v, new ArrayList<>());
            inJvm.put(v, new ArrayList<>());
        });
        say("part 4: start-up, 1 untimed + " + startupRuns + " timed run(s) of each application, alternating");
        for (int run = -1; run < startupRuns; run++) {
            List<String> order = run % 2 == 0 ? variants : List.of(variants.get(1), variants.get(0));
            for (String variant : order) {
                String cp = Stream.concat(Stream.of(classes), classpaths.get(variant).stream())
                        .map(Path::toString)
                        .collect(Collectors.joining(File.pathSeparator));
                long[] times = startOnce(variant, cp, stubUrl);
                if (run >= 0) {
                    total.get(variant).add(times[0]);
                    inJvm.get(variant).add(times[1]);
                }
            }
        }
        StringBuilder r = report;
        r.append("\n## Part 4: start-up to the first successful deal/add (Camel Main, fresh JVM, median of ")
                .append(startupRuns)
                .append(" runs)\n\n");
        r.append("| application | median ms launch -> first answer (min-max) | median ms main() -> first answer "
                + "| extra jars vs camel-main + camel-direct | extra MB |\n");
        r.append("|---|---:|---:|---:|---:|\n");
        Set<Path> core = new LinkedHashSet<>(classpaths.get("core"));
        Map<String, List<Path>> extras = new LinkedHashMap<>();
        for (String v : variants) {
            List<Path> extra =
                    classpaths.get(v).stream().filter(p -> !core.contains(p)).toList();
            extras.put(v, extra);
            long bytes = 0;
            for (Path p : extra) {
                bytes += Files.size(p);
            }
            List<Long> t = total.get(v);
            r.append("| ")
                    .append(v.equals("pipedrive") ? "(a) camel-pipedrive" : "(b) camel-http + camel-jackson")
                    .append(" | ")
                    .append(median(t))
                    .append(" (")
                    .append(t.stream().min(Long::compare).orElse(0L))
                    .append("-")
                    .append(t.stream().max(Long::compare).orElse(0L))
                    .append(") | ")
                    .append(median(inJvm.get(v)))
                    .append(" | ")
                    .append(extra.size())
                    .append(" | ")
                    .append(num(bytes / (1024.0 * 1024.0), 2))
                    .append(" |\n");
        }
        long difference = median(total.get("pipedrive")) - median(total.get("camel-http"));
        r.append("\nTarget: start-up difference to the camel-http route < 100 ms: ")
                .append(difference)
                .append(" ms ")
                .append(difference < 100 ? "[met]" : "[MISSED]")
                .append(".\n");
        Function<List<Path>, String> names = list -> list.stream()
                .map(p -> p.getFileName().toString())
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining(", "));
        r.append("\nExtra jars of (a): ")
                .append(names.apply(extras.get("pipedrive")))
                .append('\n');
        r.append("\nExtra jars of (b): ")
                .append(names.apply(extras.get("camel-http")))
                .append('\n');
        r.append("\nAll runs (ms, launch -> first answer): ").append(total).append('\n');
    }

    /** Launches one start-up application; returns {ms from launch to FIRST_OK, ms the app itself reported}. */
    private long[] startOnce(String variant, String classpath, String stubUrl) throws Exception {
        List<String> command = List.of(java, "-cp", classpath, StartupApp.class.getName(), variant, stubUrl);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(out.resolve("part4-" + variant + ".err").toFile());
        long t0 = System.nanoTime();
        Process p = builder.start();
        p.getOutputStream().close();
        long elapsed = -1;
        long reported = -1;
        String failure = null;
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = in.readLine()) != null; ) {
                if (l.startsWith("FIRST_OK ") && elapsed < 0) {
                    elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                    reported = Long.parseLong(l.substring("FIRST_OK ".length()).trim());
                } else if (l.startsWith("FIRST_FAILED")) {
                    failure = l;
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(variant + " start-up application did not stop");
        }
        if (elapsed < 0) {
            throw new IllegalStateException(variant + " start-up application sent nothing successfully ("
                    + (failure != null ? failure : "exit " + p.exitValue()) + "; see "
                    + out.resolve("part4-" + variant + ".err") + ")");
        }
        return new long[] {elapsed, reported};
    }

    // ------------------------------------------------------------------------------------------------------------
    // the stub server process

    /** The stub server in its own JVM; it exits when its standard input closes. */
    static final class Stub implements AutoCloseable {
        final Process process;
        final String url;

        private Stub(Process process, String url) {
            this.process = process;
            this.url = url;
        }

        static Stub start(String java) throws IOException {
            // half the heap of the benchmark forks is plenty: the stub holds three fixed answers and a 64 KB buffer
            // per worker thread
            Process p = new ProcessBuilder(
                            java,
                            "-Xms256m",
                            "-Xmx256m",
                            "-Dsun.net.httpserver.nodelay=true",
                            "-cp",
                            System.getProperty("java.class.path"),
                            StubPipedriveServer.class.getName(),
                            "0")
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
            BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = in.readLine();
            if (line == null || !line.startsWith("LISTENING ")) {
                p.destroyForcibly();
                throw new IOException("the stub server did not start: " + line);
            }
            return new Stub(
                    p,
                    "http://127.0.0.1:" + line.substring("LISTENING ".length()).trim());
        }

        @Override
        public void close() throws Exception {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // formatting and machine facts

    private void header() {
        report.append("# camel-pipedrive benchmarks")
                .append(smoke ? " (SMOKE: minimal iterations)" : "")
                .append("\n\n");
        report.append("Date: ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append('\n');
        report.append("Machine: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores (nproc), ")
                .append(cpuModel())
                .append(", ")
                .append(memTotal())
                .append('\n');
        report.append("JDK: ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.runtime.version"))
                .append('\n');
        report.append("JMH: throughput in ")
                .append(forks)
                .append(" round(s) of 1 fork per benchmark (iterations pooled; "
                        + "the same for part 3), latency and part 1b 1 fork")
                .append(
                        smoke
                                ? ", warm-up 1 x 0.5 s, measurement 1 x 0.5 s"
                                : ", warm-up 10 x 2 s at 1 thread and 18 x 2 s at 16 threads, measurement 5 x 2 s")
                .append(" per fork; forks run with -Xms1g -Xmx1g; "
                        + "errors are JMH's 99.9% confidence half-widths (NaN: too few iterations)\n");
        PrintStream console = System.out;
        console.println(report);
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Paths.get("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memTotal() {
        try (Stream<String> lines = Files.lines(Paths.get("/proc/meminfo"))) {
            return lines.filter(l -> l.startsWith("MemTotal"))
                    .findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / (1024 * 1024) + " GiB RAM")
                    .orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Paths.get("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void say(String message) {
        System.out.println("[bench " + LocalTime.now().withNano(0) + "] " + message);
        System.out.flush();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
    }

    private static String num(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static String pm(double value, double error, int decimals) {
        return num(value, decimals) + " ± " + num(error, decimals);
    }

    private static String ratio(double r) {
        return num(r, 2);
    }

    private static String target(double r, double limit) {
        return num(r, 2) + (r <= limit ? " [met]" : " [MISSED]");
    }
}
