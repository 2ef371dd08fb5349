package io.loopdesk.testing;

import io.loopdesk.routing.SurgeDetected;
import io.loopdesk.sla.SlaOutcome;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The events other modules build on, as they were published by transactions that committed, on whatever thread:
 * what a listener of another module (reports) receives. Tests filter by their own tenant.
 */
@TestComponent
public class PublishedEvents {

    private final Queue<Object> committed = new ConcurrentLinkedQueue<>();

    @TransactionalEventListener(fallbackExecution = true)
    void on(SlaOutcome outcome) {
        committed.add(outcome);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SurgeDetected surge) {
        committed.add(surge);
    }

    /** The committed events of this type, in the order they were published. */
    public <T> List<T> of(Class<T> type) {
        return committed.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
