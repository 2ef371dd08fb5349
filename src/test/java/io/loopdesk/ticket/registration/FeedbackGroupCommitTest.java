package io.loopdesk.ticket.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.intake.feedback.AppIdentity;
import io.loopdesk.intake.feedback.Feedback;
import io.loopdesk.intake.feedback.FeedbackIntake;
import io.loopdesk.intake.feedback.FeedbackReceipt;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.value.FeedbackType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * App feedback without files is committed with the other tickets registered at the same moment, its submission row
 * in the same transaction as its ticket; twins racing in one batch still make one ticket.
 */
@IntegrationTest
class FeedbackGroupCommitTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    GroupCommit groupCommit;

    @Autowired
    JdbcClient jdbc;

    TenantInfo tenant;
    AppIdentity app;
    ExecutorService callers;
    CountDownLatch gate;

    @BeforeEach
    void holdBothWorkers() {
        tenant = fixtures.tenant();
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        Api.Response registered =
                fixtures.api(admin).post("/api/v1/feedback-apps", Map.of("name", "Acme Home", "product", "智能门锁 X2"));
        app = new AppIdentity(registered.get("app").get("id").asLong(), tenant.id(), "Acme Home", "智能门锁 X2");
        Actor agent = Fixtures.actor(fixtures.staff(tenant, Role.AGENT));
        callers = Executors.newVirtualThreadPerTaskExecutor();
        gate = new CountDownLatch(1);
        for (int i = 0; i < 2; i++) {
            CountDownLatch held = new CountDownLatch(1);
            callers.submit(() -> groupCommit.run(agent, () -> {
                held.countDown();
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "held";
            }));
            await().atMost(Duration.ofSeconds(10)).until(() -> held.getCount() == 0);
        }
    }

    @AfterEach
    void release() {
        gate.countDown();
        callers.close();
    }

    @Test
    void feedbackJoinsTheBatchAndTwinsInItMakeOneTicket() {
        String twinKey = "twin-" + UUID.randomUUID();
        Feedback twin = feedback("u-1", "门锁离线");
        List<CompletableFuture<FeedbackReceipt>> twins = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            twins.add(CompletableFuture.supplyAsync(() -> intake.submit(app, twinKey, twin, List.of()), callers));
        }
        List<CompletableFuture<FeedbackReceipt>> others = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Feedback other = feedback("u-other-" + i, "门锁离线 " + i);
            others.add(CompletableFuture.supplyAsync(
                    () -> intake.submit(app, UUID.randomUUID().toString(), other, List.of()), callers));
        }
        // all five wait for a transaction of the group commit: none opened one of its own
        await().atMost(Duration.ofSeconds(10)).until(() -> groupCommit.waiting() == 5);

        gate.countDown();

        List<FeedbackReceipt> twinAnswers =
                twins.stream().map(CompletableFuture::join).toList();
        assertThat(twinAnswers.stream().map(FeedbackReceipt::ticketNumber).distinct())
                .hasSize(1);
        assertThat(twinAnswers).filteredOn(FeedbackReceipt::replayed).hasSize(1);
        List<String> otherNumbers = others.stream()
                .map(CompletableFuture::join)
                .map(FeedbackReceipt::ticketNumber)
                .toList();
        assertThat(otherNumbers)
                .doesNotHaveDuplicates()
                .doesNotContain(twinAnswers.getFirst().ticketNumber());
        // one ticket and one submission row per key, each row naming its ticket
        assertThat(jdbc.sql("select count(*) from ticket where tenant_id = ? and channel = 'APP'")
                        .param(tenant.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
        assertThat(jdbc.sql("select ticket_number from feedback_submission where app_id = ? order by id")
                        .param(app.appId())
                        .query(String.class)
                        .list())
                .hasSize(4)
                .containsAll(otherNumbers)
                .contains(twinAnswers.getFirst().ticketNumber());
    }

    private static Feedback feedback(String userId, String title) {
        return new Feedback(
                userId,
                "13812345678",
                "王女士",
                null,
                "杭州",
                FeedbackType.FAULT,
                title,
                Fixtures.DESCRIPTION,
                null,
                null,
                null,
                null);
    }
}
