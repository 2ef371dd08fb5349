package io.loopdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestDatabase;
import io.loopdesk.ticket.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark, not a test (tag {@code bench}, left out of {@code ./loopdesk test}): apps submitting feedback over
 * real HTTP, each with its own Idempotency-Key, as JSON and as multipart with a small screenshot; every
 * submission becomes a ticket (classified and routed on arrival). See bench/feedback.sh.
 */
@IntegrationTest
@Tag("bench")
@TestPropertySource(properties = "loopdesk.intake.feedback-per-minute=0")
class FeedbackThroughputBench {

    private static final int SUBMISSIONS = Integer.getInteger("bench.submissions", 2_000);
    private static final int THREADS = Integer.getInteger("bench.threads", 8);
    private static final int WARM_UP = 200;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void submissionsPerSecond() throws Exception {
        TenantInfo tenant = fixtures.tenant();
        Api admin = fixtures.api(fixtures.staff(tenant, Role.TENANT_ADMIN));
        String key = admin.post("/api/v1/feedback-apps", Map.of("name", "Bench app", "product", "智能门锁 X2"))
                .text("key");
        byte[] screenshot = TestFiles.png(64, 48);
        String feedbackJson = fixtures.json(FeedbackApiTest.feedback());

        run(key, WARM_UP, false, screenshot, feedbackJson);
        Result json = run(key, SUBMISSIONS, false, screenshot, feedbackJson);
        Result withFile = run(key, SUBMISSIONS, true, screenshot, feedbackJson);

        long tickets = jdbc.sql("select count(*) from ticket where tenant_id = ? and channel = 'APP'")
                .param(tenant.id())
                .query(Long.class)
                .single();
        assertThat(tickets).isEqualTo(WARM_UP + 2L * SUBMISSIONS);
        String report = String.format(
                """
                database: %s
                submissions: %d per run, %d client threads, HTTP/1.1 to the embedded Tomcat, one Idempotency-Key each
                JSON only:                      %.0f submissions/s  (p50 %d ms, p95 %d ms)
                multipart with a %d-byte PNG:  %.0f submissions/s  (p50 %d ms, p95 %d ms)
                """,
                TestDatabase.kind(),
                SUBMISSIONS,
                THREADS,
                json.perSecond(),
                json.p50(),
                json.p95(),
                screenshot.length,
                withFile.perSecond(),
                withFile.p50(),
                withFile.p95());
        System.out.println(report);
        Path out = Path.of("target", "bench", "feedback-" + TestDatabase.kind() + ".txt");
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Result(double perSecond, long p50, long p95) {}

    private Result run(String key, int count, boolean withFile, byte[] screenshot, String feedbackJson)
            throws Exception {
        Api app = fixtures.app(key);
        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            work.add(() -> {
                for (int i = thread; i < count; i += THREADS) {
                    Api once =
                            app.withHeader("Idempotency-Key", UUID.randomUUID().toString());
                    long start = System.nanoTime();
                    Api.Response response = withFile
                            ? once.multipart(
                                    "/api/v1/feedback",
                                    Map.of("feedback", feedbackJson),
                                    List.of(new Api.FilePart("files", "screen.png", "image/png", screenshot)))
                            : once.postRaw("/api/v1/feedback", feedbackJson);
                    millis.add((System.nanoTime() - start) / 1_000_000);
                    if (response.status() != 201) {
                        throw new IllegalStateException(response.status() + " " + response.body());
                    }
                }
                return null;
            });
        }
        long start = System.nanoTime();
        for (Future<Void> done : pool.invokeAll(work)) {
            done.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new Result(count / seconds, sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95)));
    }
}
