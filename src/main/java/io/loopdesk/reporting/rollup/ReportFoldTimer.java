package io.loopdesk.reporting.rollup;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Folds changed tickets into the rollups every {@code loopdesk.reporting.fold-interval} (default 5 s): how far
 * behind the tickets a report can be. One node at a time, so rollup rows have one writer.
 */
@Component
class ReportFoldTimer extends RecurringTask<Void> {

    private final ReportFold fold;
    private final ReportReconciliation reconciliation;

    ReportFoldTimer(
            ReportFold fold,
            ReportReconciliation reconciliation,
            @Value("${loopdesk.reporting.fold-interval:PT5S}") Duration interval) {
        super("reporting-fold", FixedDelay.of(interval), Void.class);
        this.fold = fold;
        this.reconciliation = reconciliation;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        fold.foldPending();
        reconciliation.runWhereDue();
    }
}
