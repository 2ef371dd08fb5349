package io.loopdesk.ticket.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.OpenTicket;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketValidationException;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.view.TicketView;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tickets registered at the same moment share a transaction, and each caller still gets exactly its own outcome:
 * stored in full, or refused with its own error while the others are stored. Both workers are held busy first so
 * that the registrations under test queue up and are taken together.
 */
@IntegrationTest
class GroupCommitTest {

    private static final int QUEUED = 6;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketQueries queries;

    @Autowired
    GroupCommit groupCommit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    MeterRegistry meters;

    TenantInfo tenant;
    Actor agent;
    ExecutorService callers;
    CountDownLatch gate;
    List<Future<?>> blockers;

    @BeforeEach
    void holdBothWorkers() {
        tenant = fixtures.tenant();
        agent = Fixtures.actor(fixtures.staff(tenant, Role.AGENT));
        callers = Executors.newVirtualThreadPerTaskExecutor();
        gate = new CountDownLatch(1);
        blockers = new ArrayList<>();
        // one at a time, so that each occupies a worker of its own
        for (int i = 0; i < 2; i++) {
            CountDownLatch held = new CountDownLatch(1);
            blockers.add(callers.submit(() -> groupCommit.run(agent, () -> {
                held.countDown();
                awaitGate();
                return "held";
            })));
            await().atMost(Duration.ofSeconds(10)).until(() -> held.getCount() == 0);
        }
    }

    @AfterEach
    void release() {
        gate.countDown();
        callers.close();
    }

    @Test
    void registrationsArrivingTogetherCommitInOneTransaction() throws Exception {
        List<Future<?>> queued = new ArrayList<>();
        for (int i = 0; i < QUEUED; i++) {
            queued.add(callers.submit(() -> groupCommit.run(agent, () -> entityManager.unwrap(Session.class))));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> groupCommit.waiting() == QUEUED);

        gate.countDown();

        Set<Object> transactions = new HashSet<>();
        for (Future<?> each : queued) {
            transactions.add(each.get());
        }
        // the first worker free takes all six; the other may take some of them if it is free at the same moment
        assertThat(transactions).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void aTicketRefusedByTheRulesIsRefusedAtOnceWithoutWaitingForATransaction() {
        OpenTicket tooShort = Fixtures.validTicket().description("门锁坏了").build();

        // both workers are still held: the answer comes from the caller's own thread
        assertThatThrownBy(() -> tickets.open(tenant.id(), Channel.PHONE, tooShort, agent))
                .isInstanceOfSatisfying(
                        TicketValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("description"));
        assertThat(groupCommit.waiting()).isZero();
    }

    @Test
    void oneRegistrationFailingInABatchGetsItsOwnErrorAndTheOthersAreStored() {
        Throwable error = oneOfABatchFails(failing -> {
            tickets.open(tenant.id(), Channel.PHONE, failing, agent);
            throw new IllegalStateException("refused while registering");
        });

        assertThat(error).hasRootCauseMessage("refused while registering");
    }

    @Test
    void aBatchWhoseCommitFailsIsRunAgainOneByOne() {
        Throwable error = oneOfABatchFails(failing -> {
            TicketView opened = tickets.open(tenant.id(), Channel.PHONE, failing, agent);
            // a participant that gives up marks the whole transaction: the commit turns into a rollback
            new TransactionTemplate(transactionManager).executeWithoutResult(TransactionStatus::setRollbackOnly);
            return opened;
        });

        assertThat(error).hasCauseInstanceOf(UnexpectedRollbackException.class);
    }

    /**
     * Queues five good registrations, through {@link Tickets#open} as the API calls it, and one that fails as
     * {@code failing} does, behind the held workers; then lets them go. The five must be stored in full, the sixth
     * not at all, after running twice: in the batch, and alone. Returns the sixth caller's error.
     */
    private Throwable oneOfABatchFails(Function<OpenTicket, TicketView> failing) {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<CompletableFuture<TicketView>> stored = new ArrayList<>();
        for (int i = 0; i < QUEUED - 1; i++) {
            OpenTicket ticket =
                    Fixtures.validTicket().product("批次 " + batch + " 门锁 " + i).build();
            stored.add(CompletableFuture.supplyAsync(
                    () -> tickets.open(tenant.id(), Channel.PHONE, ticket, agent), callers));
        }
        OpenTicket bad = Fixtures.validTicket().product("批次 " + batch + " 失败").build();
        double rollbacksBefore = rollbacks();
        AtomicInteger runs = new AtomicInteger();
        CompletableFuture<TicketView> failed = CompletableFuture.supplyAsync(
                () -> groupCommit.run(agent, () -> {
                    runs.incrementAndGet();
                    return failing.apply(bad);
                }),
                callers);
        await().atMost(Duration.ofSeconds(10)).until(() -> groupCommit.waiting() == QUEUED);

        gate.countDown();

        for (CompletableFuture<TicketView> each : stored) {
            TicketView opened = each.join();
            assertThat(queries.get(opened.number(), agent).product()).isEqualTo(opened.product());
            assertThat(queries.history(opened.number(), agent)).isNotEmpty();
            assertThat(jdbc.sql("select count(*) from sla_clock c join ticket t on t.id = c.ticket_id"
                                    + " where t.number = ?")
                            .param(opened.number())
                            .query(Long.class)
                            .single())
                    .isPositive();
        }
        assertThat(jdbc.sql("select product from ticket where product like ?")
                        .param("批次 " + batch + "%")
                        .query(String.class)
                        .list())
                .hasSize(QUEUED - 1)
                .noneMatch(product -> product.endsWith("失败"));
        assertThat(runs).hasValue(2);
        // the operators see it: a batch rolled back is counted (none is in normal operation)
        assertThat(rollbacks()).isGreaterThan(rollbacksBefore);
        return catchThrowable(failed::join);
    }

    @Test
    void workInsideATransactionJoinsIt() {
        gate.countDown();
        TransactionTemplate outer = new TransactionTemplate(transactionManager);
        outer.setName("outer");
        Object joined = outer.execute(
                status -> groupCommit.run(agent, TransactionSynchronizationManager::getCurrentTransactionName));
        assertThat(joined).isEqualTo("outer");
    }

    private double rollbacks() {
        return meters.counter("loopdesk.tickets.group.commit.rollbacks").count();
    }

    private void awaitGate() {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
