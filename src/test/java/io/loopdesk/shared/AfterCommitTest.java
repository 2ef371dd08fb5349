package io.loopdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.loopdesk.testing.IntegrationTest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AfterCommitTest {

    @Autowired
    AfterCommit afterCommit;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void workRunsOnlyOnceItsTransactionHasCommitted() {
        AtomicBoolean ran = new AtomicBoolean();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            afterCommit.run(() -> ran.set(true));
            assertThat(ran).isFalse();
            assertThat(afterCommit.inFlight()).isZero();
        });

        await().atMost(Duration.ofSeconds(10)).untilTrue(ran);
        await().atMost(Duration.ofSeconds(10)).until(() -> afterCommit.inFlight() == 0);
    }

    @Test
    void workOfARolledBackTransactionNeverRuns() {
        AtomicBoolean ran = new AtomicBoolean();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            afterCommit.run(() -> ran.set(true));
            status.setRollbackOnly();
        });

        // work is handed to the executor only after a commit, and counted as it is handed over: none was
        assertThat(afterCommit.inFlight()).isZero();
        assertThat(ran).isFalse();
    }

    @Test
    void aFailingTaskIsCountedDoneAndLeavesTheCallerAlone() {
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> afterCommit.run(() -> {
                    throw new IllegalStateException("the sweep will do it");
                }));

        await().atMost(Duration.ofSeconds(10)).until(() -> afterCommit.inFlight() == 0);
    }
}
