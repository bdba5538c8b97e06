package io.github.camelpipedrive.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.camelpipedrive.component.PipedriveComponent;
import java.io.File;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.mime.ByteArrayBody;
import org.apache.hc.client5.http.entity.mime.ContentBody;
import org.apache.hc.client5.http.entity.mime.FileBody;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;

/**
 * Part 2, run by the runner as its own JVM with a fixed {@code -Xmx}: uploads one file {@code repeats} times to
 * {@code POST /v1/files?deal_id=1} of the discarding {@link StubPipedriveServer} (another JVM) and prints one line
 * {@code UPLOAD key=value ...}.
 * <p>
 * Modes: {@code pipedrive} ({@code to("pipedrive:file/add?dealId=1")} with the {@code File} as body), {@code raw}
 * (HttpClient 5 streaming it with {@code MultipartEntityBuilder} + {@code FileBody}), and {@code raw-buffered}, the
 * negative control: the same request with the file read into a {@code byte[]} first, which must fail under
 * {@code -Xmx64m} (if it does not, the memory figures prove nothing).
 * <p>
 * Heap figures, all relative to the heap used after a full GC just before the measured uploads (the JVM and, for
 * the component, a started CamelContext are in the baseline; one warm-up upload has run):
 * {@code peakRise} = the sum over heap pools of their peak usage (reset before, read after) minus the baseline: an
 * upper bound of the simultaneous peak, garbage waiting for collection included;
 * {@code sampledRise} = the highest heap use seen by a 1 ms sampler, minus the baseline;
 * {@code liveRise} = the highest heap use right after a collection during the uploads, minus the baseline (what
 * was really held; 0 when no collection ran); {@code allocPerUpload} = bytes allocated by all threads per upload.
 */
public final class UploadProbe {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private UploadProbe() {}

    interface Sender {
        Map<?, ?> upload(File file) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String baseUrl = args[1];
        File file = new File(args[2]);
        int repeats = Integer.parseInt(args[3]);
        String xmx = Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m";
        CamelContext context = null;
        RawClient raw = null;
        Sender sender;
        if (mode.equals("pipedrive")) {
            context = new DefaultCamelContext();
            PipedriveComponent pipedrive = new PipedriveComponent();
            pipedrive.setBaseUrl(baseUrl);
            pipedrive.setApiToken(Bodies.TOKEN);
            pipedrive.setRateLimitGovernor(false);
            context.addComponent("pipedrive", pipedrive);
            context.addRoutes(Routes.pipedrive());
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            Endpoint endpoint = context.getEndpoint(Routes.FILE_ADD);
            sender = f -> template.requestBody(endpoint, f, Map.class);
        } else {
            RawClient client = new RawClient(baseUrl, Bodies.TOKEN);
            raw = client;
            boolean buffered = mode.equals("raw-buffered");
            sender = f -> {
                ContentBody part = buffered
                        ? new ByteArrayBody(
                                Files.readAllBytes(f.toPath()), ContentType.APPLICATION_OCTET_STREAM, f.getName())
                        : new FileBody(f, ContentType.APPLICATION_OCTET_STREAM, f.getName());
                HttpPost post = new HttpPost(baseUrl + "/v1/files");
                post.setHeader("x-api-token", Bodies.TOKEN);
                post.setEntity(MultipartEntityBuilder.create()
                        .addPart("file", part)
                        .addTextBody("deal_id", "1")
                        .build());
                return client.client().execute(post, response -> {
                    if (response.getCode() / 100 != 2) {
                        throw new IllegalStateException("HTTP " + response.getCode());
                    }
                    return (Map<?, ?>) client.mapper()
                            .readValue(response.getEntity().getContent(), MAP)
                            .get("data");
                });
            };
        }
        StringBuilder line =
                new StringBuilder("UPLOAD mode=").append(mode).append(" xmx=").append(xmx);
        try {
            check(sender.upload(file), file); // warm-up: classes loaded, connection pooled
            measure(sender, file, repeats, line);
        } catch (OutOfMemoryError e) {
            line.append(" ok=false error=OutOfMemoryError");
        } catch (Exception e) {
            line.append(" ok=false error=").append(e.getClass().getSimpleName());
            e.printStackTrace();
        } finally {
            if (context != null) {
                context.close();
            }
            if (raw != null) {
                raw.close();
            }
        }
        System.out.println(line);
        System.out.flush();
        System.exit(0);
    }

    private static void measure(Sender sender, File file, int repeats, StringBuilder line) throws Exception {
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        AtomicLong liveMax = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc)
                    .addNotificationListener(
                            (n, handback) -> {
                                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                        n.getType())) {
                                    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                                    long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                            .mapToLong(MemoryUsage::getUsed)
                                            .sum();
                                    liveMax.accumulateAndGet(after, Math::max);
                                }
                            },
                            null,
                            null);
        }
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        long baseline = heapUsed(heapPools);
        liveMax.set(baseline); // listeners fire asynchronously: anything from the GCs above is at most the baseline
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong sampled = new AtomicLong(baseline);
        Thread sampler = new Thread(
                () -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        sampled.accumulateAndGet(
                                ManagementFactory.getMemoryMXBean()
                                        .getHeapMemoryUsage()
                                        .getUsed(),
                                Math::max);
                        try {
                            Thread.sleep(1);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "heap-sampler");
        sampler.setDaemon(true);
        long allocBefore = threads.getTotalThreadAllocatedBytes();
        sampler.start();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            Map<?, ?> data = sender.upload(file);
            millis.add((System.nanoTime() - t0) / 1e6);
            check(data, file);
        }
        sampler.interrupt();
        sampler.join();
        long allocated = threads.getTotalThreadAllocatedBytes() - allocBefore;
        long peakSum =
                heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Thread.sleep(50); // let late GC notifications arrive
        Collections.sort(millis);
        double mb = 1024.0 * 1024.0;
        line.append(" ok=true")
                .append(" fileMB=")
                .append(file.length() / (1024 * 1024))
                .append(" uploads=")
                .append(repeats)
                .append(fmt(" medianMs=", millis.get(millis.size() / 2)))
                .append(fmt(" minMs=", millis.get(0)))
                .append(fmt(" maxMs=", millis.get(millis.size() - 1)))
                .append(fmt(" baselineMB=", baseline / mb))
                .append(fmt(" peakRiseMB=", Math.max(0, peakSum - baseline) / mb))
                .append(fmt(" sampledRiseMB=", Math.max(0, sampled.get() - baseline) / mb))
                .append(fmt(" liveRiseMB=", Math.max(0, liveMax.get() - baseline) / mb))
                .append(fmt(" allocPerUploadMB=", allocated / (double) repeats / mb));
    }

    private static String fmt(String key, double value) {
        return key + String.format(Locale.ROOT, "%.2f", value);
    }

    private static long heapUsed(List<MemoryPoolMXBean> pools) {
        return pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static void check(Map<?, ?> data, File file) {
        Object size = data == null ? null : data.get("file_size");
        if (!(size instanceof Number n) || n.longValue() < file.length()) {
            throw new IllegalStateException("the server received " + size + " bytes, expected at least " + file.length()
                    + " (the multipart body)");
        }
    }
}
