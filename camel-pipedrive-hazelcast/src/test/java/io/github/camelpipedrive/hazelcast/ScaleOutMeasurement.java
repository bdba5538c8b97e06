package io.github.camelpipedrive.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import io.github.camelpipedrive.component.ratelimit.Admission;
import io.github.camelpipedrive.component.ratelimit.InMemoryRateLimitStore;
import io.github.camelpipedrive.component.ratelimit.RateLimitStore;
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

    /** What one place costs: admit and release, in memory and on Hazelcast (key on this member, or on another). */
    @Test
    void admitAndReleaseRoundTrip() {
        int rounds = Integer.getInteger("scale.rounds", 20_000);
        try (HazelcastCluster cluster = new HazelcastCluster(2)) {
            HazelcastInstance local = cluster.member(0);
            cluster.member(1);
            HazelcastRateLimitStore hazelcast = new HazelcastRateLimitStore(local);
            String owned = keyOwnedBy(local, true);
            String remote = keyOwnedBy(local, false);
            List<String> lines = new ArrayList<>();
            for (int pass = 0; pass < 2; pass++) { // the first pass warms up
                lines.clear();
                lines.add(perPlace("in memory", new InMemoryRateLimitStore(), "k", rounds * 10));
                lines.add(perPlace("Hazelcast, key on this member", hazelcast, owned, rounds));
                lines.add(perPlace("Hazelcast, key on the other member", hazelcast, remote, rounds));
            }
            lines.forEach(System.out::println);
        }
    }

    private static String perPlace(String label, RateLimitStore store, String key, int rounds) {
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            Admission place = store.admit(key, Integer.MAX_VALUE, 1);
            store.release(key, place);
        }
        double micros = (System.nanoTime() - start) / 1e3 / rounds;
        return String.format("%s: %.2f us per admit + release", label, micros);
    }

    private static String keyOwnedBy(HazelcastInstance member, boolean owned) {
        for (int i = 0; ; i++) {
            String key = "api-token:overhead-" + i;
            boolean local =
                    member.getPartitionService().getPartition(key).getOwner().localMember();
            if (local == owned) {
                return key;
            }
        }
    }
}
