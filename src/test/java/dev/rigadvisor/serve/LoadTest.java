package dev.rigadvisor.serve;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 8 clients x 500 recommendations of the shipped scenarios against one server: throughput and latency, no errors,
 * and a heap that stays flat (after a full collection, within 10% from the first ~100 requests to the last ~100).
 */
class LoadTest {

    static final int CLIENTS = 8;
    static final int PER_CLIENT = 500;
    /** Each client's share of the first and of the last ~100 requests. */
    static final int EDGE = 13;

    @Test
    void eightClientsFiveHundredRequestsEachWithoutErrorsOnAFlatHeap() throws Exception {
        List<String> scenarios = new ArrayList<>();
        try (var files = Files.list(Path.of("scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                scenarios.add(Files.readString(file));
            }
        }
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try (Served served = Served.start(Path.of("rules"), Path.of("facts"), null, null)) {
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger errors = new AtomicInteger();
            long start = System.nanoTime();
            round(clients, served, scenarios, EDGE, 0, latencies, errors);
            long first = heapAfterCollection();
            round(clients, served, scenarios, PER_CLIENT - 2 * EDGE, EDGE, latencies, errors);
            round(clients, served, scenarios, EDGE, PER_CLIENT - EDGE, latencies, errors);
            long last = heapAfterCollection();
            double seconds = (System.nanoTime() - start) / 1e9;

            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "rig serve load: %d clients x %d POST /api/recommend (%d scenarios in turn): "
                            + "%.0f requests/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors; heap after GC %.1f MB "
                            + "after the first %d requests, %.1f MB after the last (%+.1f%%); %d cores%n",
                    CLIENTS, PER_CLIENT, scenarios.size(), sorted.size() / seconds, percentile(sorted, 50),
                    percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1e6, errors.get(), first / 1e6,
                    CLIENTS * EDGE, last / 1e6, 100.0 * (last - first) / first,
                    Runtime.getRuntime().availableProcessors());
            assertEquals(0, errors.get(), "errors");
            assertEquals(CLIENTS * PER_CLIENT, sorted.size());
            assertTrue(Math.abs(last - first) <= 0.10 * first, "heap after GC: first " + first + ", last " + last);
        } finally {
            clients.shutdownNow();
        }
    }

    private static void round(ExecutorService clients, Served served, List<String> scenarios, int requests, int from,
                              List<Long> latencies, AtomicInteger errors) throws Exception {
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            running.add(clients.submit(() -> {
                for (int i = from; i < from + requests; i++) {
                    String scenario = scenarios.get((client * PER_CLIENT + i) % scenarios.size());
                    long sent = System.nanoTime();
                    HttpResponse<String> response = served.post("/api/recommend", scenario);
                    latencies.add(System.nanoTime() - sent);
                    if (response.statusCode() != 200 || !response.body().startsWith("{")) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
    }

    private static long heapAfterCollection() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) { // the least of a few full collections: what is still reachable
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
