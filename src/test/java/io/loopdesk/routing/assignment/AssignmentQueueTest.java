package io.loopdesk.routing.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AssignmentQueueTest {

    @Autowired
    AssignmentQueue queue;

    @Autowired
    Fixtures fixtures;

    private final List<Long> queued = new ArrayList<>();

    @AfterEach
    void tearDown() {
        queued.forEach(queue::remove);
    }

    @Test
    void readingTheLineInBatchesGivesEveryTicketOnceInOrderEvenWhenTheyWereQueuedAtTheSameInstant() {
        // a tenant of its own with nobody on duty, so the assigner leaves these entries alone
        long tenantId = fixtures.tenant().id();
        long first = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        Instant now = Instant.parse("2026-10-25T01:30:00Z");
        // queued out of order: three priorities, two instants, several tickets at each
        long[][] tickets = {
            {first + 7, 20, 0}, {first + 2, 30, 1}, {first + 5, 20, 0}, {first + 1, 30, 1},
            {first + 9, 10, 0}, {first + 3, 30, 0}, {first + 8, 10, 0}, {first + 4, 20, 0},
            {first + 6, 30, 1}, {first + 10, 10, 1}, {first + 0, 30, 0},
        };
        for (long[] ticket : tickets) {
            queue.put(
                    new AssignmentQueue.Entry(ticket[0], tenantId, "T" + ticket[0], null, null, (int) ticket[1]),
                    now.plusSeconds(ticket[2]));
            queued.add(ticket[0]);
        }

        List<Long> line = new ArrayList<>();
        AssignmentQueue.Waiting last = null;
        List<AssignmentQueue.Waiting> batch;
        do {
            batch = queue.waiting(tenantId, last, 2);
            batch.forEach(waiting -> line.add(waiting.ticketId() - first));
            if (!batch.isEmpty()) {
                last = batch.getLast();
            }
        } while (batch.size() == 2);

        // highest priority first, then the earlier instant, then the ticket queued first (lower id)
        assertThat(line).containsExactly(0L, 3L, 1L, 2L, 6L, 4L, 5L, 7L, 8L, 9L, 10L);
        assertThat(queue.waiting(tenantId, null, 100))
                .extracting(AssignmentQueue.Waiting::enqueuedAt)
                .contains(now, now.plusSeconds(1));
    }
}
