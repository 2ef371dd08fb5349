package io.loopdesk.knowledge;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Looks every hour for articles that fell due for review and tells their editors (one node at a time). */
@Component
class ReviewTimer extends RecurringTask<Void> {

    private final ReviewCycle reviews;

    ReviewTimer(ReviewCycle reviews) {
        super("knowledge-review", FixedDelay.of(Duration.ofHours(1)), Void.class);
        this.reviews = reviews;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        reviews.tellWhereDue();
    }
}
