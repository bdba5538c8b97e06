package io.github.camelpipedrive.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.IterationResultMetaData;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof io.github.camelpipedrive.benchmarks.CpuProfiler}) reporting {@code cpu.time.norm}: the
 * CPU time the benchmark JVM spent per operation, in microseconds (all its threads: the callers, the HTTP client's,
 * JIT and GC). On a shared 2-core machine this moves far less with other load than throughput does, because it counts
 * the work done, not the waiting. The server's CPU (another process) is not in it.
 */
public final class CpuProfiler implements InternalProfiler {

    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long before;

    @Override
    public String getDescription() {
        return "Process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        long cpu = os.getProcessCpuTime() - before;
        IterationResultMetaData metadata = result.getMetadata();
        long ops = metadata == null ? 0 : metadata.getAllOps();
        double perOp = ops > 0 ? cpu / 1000.0 / ops : Double.NaN;
        return List.of(new ScalarResult("cpu.time.norm", perOp, "us/op", AggregationPolicy.AVG));
    }
}
