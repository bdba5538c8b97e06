package io.github.camelpipedrive.hazelcast;

import io.github.camelpipedrive.sandbox.PipedriveSandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The figures of docs/performance.md, "Several instances, one token": one, two and three instances sharing a token,
 * with and without the Hazelcast store. Run by hand, not in CI:
 *
 * <pre>
 * ./mvnw -B -pl camel-pipedrive-hazelcast test -Dtest=ScaleOutMeasurement -Dsurefire.excludedGroups= \
 *     -Dscale.limit=80 -Dscale.window=2000 -Dscale.deals=400
 * </pre>
 */
@Tag("benchmark")
class ScaleOutMeasurement {

    @Test
    void sharedTokenThroughput() throws Exception {
        int limit = Integer.getInteger("scale.limit", 20);
        long window = Long.getLong("scale.window", 500);
        int deals = Integer.getInteger("scale.deals", 120);
        int threads = Integer.getInteger("scale.threads", 4);
        List<String> lines = new ArrayList<>();
        for (int instances = 1; instances <= 3; instances++) {
            for (boolean store : new boolean[] {false, true}) {
                try (PipedriveSandbox sandbox = PipedriveSandbox.builder()
                                .burstLimit(limit)
                                .burstWindow(Duration.ofMillis(window))
                                .start();
                        HazelcastCluster cluster = new HazelcastCluster(instances);
                        SharedTokenRun run = new SharedTokenRun(sandbox, limit, window)) {
                    for (int i = 0; i < instances; i++) {
                        run.instance(store ? new HazelcastRateLimitStore(cluster.member(i)) : null, 0);
                    }
                    run.addDeals(threads, Math.max(1, deals / instances / threads));
                    lines.add(run.summary(instances + " instance(s), " + (store ? "Hazelcast store" : "in memory")));
                }
            }
        }
        lines.forEach(System.out::println);
    }
}
