package io.loopdesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.intake.mail.reading.MailPolling;
import io.loopdesk.intake.mail.reading.ReadingLeases;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketQuery;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One reader per mailbox at a time: the IDLE watcher's reading and the poll on one node, or two nodes, never read
 * the same mail at once; a reader that finds the mailbox taken waits for the next round without calling it failing,
 * and a node that died mid-reading loses the mailbox to the others within a minute.
 */
@IntegrationTest
class MailboxReadersTest {

    @RegisterExtension
    static final GreenMailExtension server = SupportMailbox.server();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailboxes mailboxes;

    @Autowired
    MailPolling polling;

    @Autowired
    ReadingLeases leases;

    @Autowired
    MailboxHealth health;

    @Autowired
    MailProperties properties;

    @Autowired
    TicketQueries tickets;

    @Autowired
    TestClock clock;

    @Autowired
    PlatformTransactionManager transactionManager;

    Actor admin;
    MailboxView mailbox;

    @BeforeEach
    void setUp() {
        admin = Fixtures.actor(fixtures.staff(fixtures.tenant(), Role.TENANT_ADMIN));
        mailbox = mailboxes.create(SupportMailbox.imap(), admin);
    }

    @Test
    void twoReadersAtOnceReadEachMailOnceAndNeitherMarksTheMailboxFailing() throws Exception {
        int mails = 30;
        for (int i = 0; i < mails; i++) {
            SupportMailbox.deliver(
                    server,
                    EveryMailEndsInOneOutcomeTest.mail(
                            "customer" + i + "@example.com",
                            "<at-once-" + i + "@example.com>",
                            "来信 " + i,
                            "第 " + i + " 封信。"));
        }
        // the IDLE watcher's reading and the scheduled poll, on the same node, starting together
        CyclicBarrier together = new CyclicBarrier(2);
        int handled;
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> readers =
                    List.of(threads.submit(() -> reader(together)), threads.submit(() -> reader(together)));
            handled = readers.getFirst().get(60, TimeUnit.SECONDS)
                    + readers.getLast().get(60, TimeUnit.SECONDS);
        }

        assertThat(handled).isEqualTo(mails);
        assertThat(mailboxes.received(mailbox.id(), admin))
                .hasSize(mails)
                .allSatisfy(m -> assertThat(m.outcome()).isEqualTo(InboundOutcome.OPENED));
        assertThat(tickets.list(TicketQuery.builder().limit(100).build(), admin).items())
                .hasSize(mails);
        MailboxView read = mailboxes.of(admin).getFirst();
        assertThat(read.status()).isEqualTo(MailboxStatus.OK);
        assertThat(read.lastError()).isNull();
        assertThat(SupportMailbox.unseen()).isZero();
    }

    @Test
    void aDeadNodesLeaseLapsesWithinAMinuteAndTheMailboxIsReadByAnother() throws Exception {
        // the node took the mailbox for a reading and died: nobody renews its lease
        assertThat(inTransaction(() ->
                        health.lease(mailbox.id(), "node-dead/reading-1", clock.instant(), properties.readLease())))
                .isTrue();
        SupportMailbox.deliver(
                server,
                EveryMailEndsInOneOutcomeTest.mail("li.na@example.com", "<waiting@example.com>", "等待", "请尽快处理。"));

        assertThat(polling.poll(mailbox.id())).as("taken by the dead node").isZero();
        assertThat(mailboxes.of(admin).getFirst().status())
                .as("being read by someone else is no failure")
                .isNotEqualTo(MailboxStatus.FAILING);

        clock.advance(Duration.ofMinutes(1));

        assertThat(polling.poll(mailbox.id())).isEqualTo(1);
        assertThat(mailboxes.of(admin).getFirst().status()).isEqualTo(MailboxStatus.OK);
    }

    @Test
    void aLongReadingRenewsItsLeaseSoNoOtherReaderStartsMeanwhile() {
        // whole seconds: the database keeps microseconds, and a clock between them would run ahead of what it stored
        Duration step = Duration.ofSeconds(properties.readLease().toSeconds() / 3 + 1);
        ReadingLeases.Lease reading = leases.take(mailbox.id()).orElseThrow();

        for (int i = 0; i < 6; i++) {
            clock.advance(step);
            assertThat(reading.holdOn()).isTrue();
            assertThat(leases.take(mailbox.id())).as("still being read").isEmpty();
        }
        assertThat(polling.poll(mailbox.id())).isZero();

        reading.close();
        ReadingLeases.Lease next = leases.take(mailbox.id()).orElseThrow(() -> new AssertionError("still taken"));
        next.close();
    }

    private int reader(CyclicBarrier together) throws Exception {
        together.await(10, TimeUnit.SECONDS);
        return polling.poll(mailbox.id());
    }

    private boolean inTransaction(java.util.function.Supplier<Boolean> work) {
        return TenantScope.asSystem(() -> new TransactionTemplate(transactionManager).execute(status -> work.get()));
    }
}
