package io.github.camelpipedrive.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import io.github.camelpipedrive.component.PipedriveComponent;
import io.github.camelpipedrive.component.ratelimit.FallbackRateLimitStore;
import io.github.camelpipedrive.component.ratelimit.RateLimitGovernor;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One instance of the application in a JVM of its own, for {@link SeparateJvmsTest}: an embedded Hazelcast member
 * joining the others, a CamelContext whose component keeps its window in the store, and threads adding deals.
 * Arguments: base URL, token, limit, window (ms), cluster name, member ports (comma-separated), this member's index,
 * threads, deals per thread. Prints {@code READY} once the cluster is whole and one warm-up deal is in, adds the
 * deals when a line arrives on standard input, then prints {@code DONE completed failed 429s instances shared}
 * (the 429s the component saw, the instances the store counts, whether the store was used throughout), and exits
 * at the next line.
 */
public final class InstanceMain {

    private InstanceMain() {}

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String token = args[1];
        int limit = Integer.parseInt(args[2]);
        long window = Long.parseLong(args[3]);
        List<Integer> ports =
                Arrays.stream(args[5].split(",")).map(Integer::valueOf).toList();
        int index = Integer.parseInt(args[6]);
        int threads = Integer.parseInt(args[7]);
        int perThread = Integer.parseInt(args[8]);

        HazelcastCluster cluster = new HazelcastCluster(args[4], ports);
        HazelcastInstance member = cluster.member(index);
        long deadline = System.currentTimeMillis() + 60_000;
        while (member.getCluster().getMembers().size() < ports.size() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        CamelContext context = new DefaultCamelContext();
        PipedriveComponent component = new PipedriveComponent();
        component.setApiToken(token);
        component.setBaseUrl(baseUrl);
        component.setBurstLimit(limit);
        component.setBurstWindow(window);
        component.setRateLimitStore(new HazelcastRateLimitStore(member));
        context.addComponent("pipedrive", component);
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        template.requestBody("pipedrive:deal/add", Map.of("title", "warm-up"), Map.class);
        System.out.println("READY " + member.getCluster().getMembers().size());
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        stdin.readLine();

        AtomicInteger completed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String prefix = "instance " + index + " thread " + t + " deal ";
            running.add(pool.submit(() -> {
                for (int k = 0; k < perThread; k++) {
                    try {
                        template.requestBody("pipedrive:deal/add", Map.of("title", prefix + k), Map.class);
                        completed.incrementAndGet();
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        Map.Entry<String, RateLimitGovernor> governor =
                component.getGovernors().entrySet().iterator().next();
        FallbackRateLimitStore store =
                (FallbackRateLimitStore) governor.getValue().store();
        System.out.println("DONE " + completed + " " + failed + " " + component.getRateLimitedAnswers() + " "
                + store.shared().instances(governor.getKey()) + " " + store.isShared());
        // the member stays until every instance is done: a member leaving takes its share of the partitions along
        stdin.readLine();
        context.stop();
        cluster.close();
        System.exit(0);
    }
}
