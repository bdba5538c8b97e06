package io.github.camelpipedrive.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording (e.g. from JMH's {@code -prof jfr}) and prints where CPU samples and sampled allocations go:
 * the hottest methods by self time, and, for frames whose class starts with a prefix (default
 * {@code io.github.camelpipedrive.component}), the inclusive share per method and per source line, so a cost can be
 * pinned to a file and line of the component.
 * <p>
 * {@code java -cp ... JfrHotspots recording.jfr [prefix] [rows]}
 */
public final class JfrHotspots {

    private JfrHotspots() {}

    public static void main(String[] args) throws IOException {
        Path file = Paths.get(args[0]);
        String prefix = args.length > 1 ? args[1] : "io.github.camelpipedrive.component";
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        Map<String, Long> selfCpu = new HashMap<>();
        Map<String, Long> inclCpu = new HashMap<>();
        Map<String, Long> lineCpu = new HashMap<>();
        Map<String, Long> inclAlloc = new HashMap<>();
        Map<String, Long> lineAlloc = new HashMap<>();
        Map<String, Long> allocByClass = new HashMap<>();
        Map<String, Long> allocSiteTop = new HashMap<>();
        long cpuSamples = 0;
        long allocTotal = 0;
        long cpuInPrefix = 0;
        long allocInPrefix = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String type = event.getEventType().getName();
            boolean cpu = type.equals("jdk.ExecutionSample");
            boolean alloc = type.equals("jdk.ObjectAllocationSample");
            if (!cpu && !alloc) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            long weight = cpu ? 1 : event.getLong("weight");
            List<RecordedFrame> frames = stack.getFrames();
            if (firstOutside(frames, "java.", "jdk.", "sun.").startsWith("BenchmarkHandler.")) {
                continue; // JMH's own bookkeeping between iterations, not the benchmark
            }
            if (cpu) {
                cpuSamples++;
                selfCpu.merge(method(frames.get(0)), 1L, Long::sum);
            } else {
                allocTotal += weight;
                allocByClass.merge(event.getClass("objectClass").getName(), weight, Long::sum);
                allocSiteTop.merge(
                        method(frames.get(0)) + " <- " + firstOutside(frames, "java.", "jdk.", "sun."),
                        weight,
                        Long::sum);
            }
            Set<String> seenMethods = new HashSet<>();
            Set<String> seenLines = new HashSet<>();
            boolean inPrefix = false;
            for (RecordedFrame frame : frames) {
                if (!frame.isJavaFrame()
                        || !frame.getMethod().getType().getName().startsWith(prefix)) {
                    continue;
                }
                inPrefix = true;
                String m = method(frame);
                String line = m + ":" + frame.getLineNumber();
                if (seenMethods.add(m)) {
                    (cpu ? inclCpu : inclAlloc).merge(m, weight, Long::sum);
                }
                if (seenLines.add(line)) {
                    (cpu ? lineCpu : lineAlloc).merge(line, weight, Long::sum);
                }
            }
            if (inPrefix) {
                if (cpu) {
                    cpuInPrefix++;
                } else {
                    allocInPrefix += weight;
                }
            }
        }
        System.out.printf(
                Locale.ROOT, "%s: %d CPU samples, %.1f MB sampled allocation%n", file, cpuSamples, allocTotal / 1e6);
        System.out.printf(
                Locale.ROOT,
                "under %s: %.1f%% of CPU samples, %.1f%% of allocation%n",
                prefix,
                pct(cpuInPrefix, cpuSamples),
                pct(allocInPrefix, allocTotal));
        print("CPU, self time by method", selfCpu, cpuSamples, rows);
        print("CPU, inclusive, " + prefix + " methods", inclCpu, cpuSamples, rows);
        print("CPU, inclusive, " + prefix + " source lines", lineCpu, cpuSamples, rows);
        print("Allocation by class", allocByClass, allocTotal, rows);
        print("Allocation by allocating method <- first non-JDK caller", allocSiteTop, allocTotal, rows);
        print("Allocation, inclusive, " + prefix + " methods", inclAlloc, allocTotal, rows);
        print("Allocation, inclusive, " + prefix + " source lines", lineAlloc, allocTotal, rows);
    }

    private static String firstOutside(List<RecordedFrame> frames, String... prefixes) {
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            boolean jdk = false;
            for (String p : prefixes) {
                jdk |= type.startsWith(p);
            }
            if (!jdk) {
                return method(f) + ":" + f.getLineNumber();
            }
        }
        return "?";
    }

    private static String method(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "."
                + frame.getMethod().getName();
    }

    private static double pct(long part, long total) {
        return total == 0 ? 0 : 100.0 * part / total;
    }

    private static void print(String title, Map<String, Long> counts, long total, int rows) {
        System.out.println();
        System.out.println("== " + title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(rows)
                .forEach(e -> System.out.printf(Locale.ROOT, "%6.1f%%  %s%n", pct(e.getValue(), total), e.getKey()));
    }
}
