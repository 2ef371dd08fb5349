package io.loopdesk.reporting.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A change always leaves a mark the next fold sees: marking again gives a ticket a new value, a fold clears only the
 * value it read, and two transactions marking the same new ticket at once both commit. Each check runs inside
 * transactions of its own, so the fold timer of the shared application never sees these marks.
 */
@IntegrationTest
class MarksTest {

    @Autowired
    Marks marks;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aFoldThatReadAnOlderMarkLeavesTheNewerOne() {
        long tenantId = fixtures.tenant().id();
        long ticketId = unusedTicketId();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> {
            marks.markAll(tenantId, List.of(ticketId));
            Marks.Mark first = read(ticketId);
            marks.markAll(tenantId, List.of(ticketId));
            Marks.Mark second = read(ticketId);
            assertThat(second.value()).isNotEqualTo(first.value());

            marks.clear(List.of(first));
            assertThat(read(ticketId)).isEqualTo(second);
            marks.clear(List.of(second));
            assertThat(marks.pending(ticketId - 1, 1)).noneMatch(m -> m.ticketId() == ticketId);
            status.setRollbackOnly();
        });
    }

    @Test
    void twoTransactionsMarkingOneNewTicketAtOnceBothCommitAndTheLaterValueStays() throws Exception {
        long tenantId = fixtures.tenant().id();
        long ticketId = unusedTicketId();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        CountDownLatch firstWrote = new CountDownLatch(1);
        long[] firstValue = new long[1];

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            marks.markAll(tenantId, List.of(ticketId));
            firstValue[0] = read(ticketId).value();
            firstWrote.countDown();
            pause(); // the second writes while this one has not committed
        }));
        assertThat(firstWrote.await(10, TimeUnit.SECONDS)).isTrue();
        Long secondValue = transaction.execute(status -> {
            marks.markAll(tenantId, List.of(ticketId));
            return read(ticketId).value();
        });
        first.get(10, TimeUnit.SECONDS);

        assertThat(secondValue).isNotEqualTo(firstValue[0]);
        // the mark now holds the second value, so a fold that read the first clears nothing (shown above); the
        // fold timer may clear this committed mark at any moment, so it is only tidied up here
        transaction.executeWithoutResult(
                status -> marks.clear(List.of(new Marks.Mark(ticketId, tenantId, secondValue))));
    }

    private Marks.Mark read(long ticketId) {
        List<Marks.Mark> found = marks.pending(ticketId - 1, 1);
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().ticketId()).isEqualTo(ticketId);
        return found.getFirst();
    }

    private static long unusedTicketId() {
        // far above any ticket the tests create, so no real ticket's mark is touched
        return Long.MAX_VALUE / 2 + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
