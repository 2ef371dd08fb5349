package io.loopdesk.reporting.rollup;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Folds changed tickets into the rollups every {@code loopdesk.reporting.fold-interval} (default 5 s): how far
 * behind the tickets a report can be. One node at a time, so rollup rows have one writer.
 */
@Component
class ReportFoldTimer extends RecurringTask<Void> {

    /** How often the fold looks whether a tenant's nightly check is due: it reads every tenant's last check. */
    static final Duration CHECK_EVERY = Duration.ofMinutes(10);

    private final ReportFold fold;
    private final ReportReconciliation reconciliation;
    private final Clock clock;
    private volatile Instant nextCheck = Instant.MIN;

    ReportFoldTimer(
            ReportFold fold,
            ReportReconciliation reconciliation,
            Clock clock,
            @Value("${loopdesk.reporting.fold-interval:PT5S}") Duration interval) {
        super("reporting-fold", FixedDelay.of(interval), Void.class);
        this.fold = fold;
        this.reconciliation = reconciliation;
        this.clock = clock;
    }

    /**
     * Folds, then (every ten minutes) runs the nightly checks that are due: in the same task, so the rollup rows
     * never have two writers on two nodes.
     */
    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        fold.foldPending();
        Instant now = clock.instant();
        if (!now.isBefore(nextCheck)) {
            reconciliation.runWhereDue();
            nextCheck = now.plus(CHECK_EVERY);
        }
    }
}
