package io.loopdesk.routing;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link MeaningReview} every {@code loopdesk.routing.meaning.interval} on one node of the cluster: how long a
 * ticket the rules were unsure of waits, at most, before its meaning is read.
 */
@Component
class MeaningReviewTimer extends RecurringTask<Void> {

    private final MeaningReview review;

    MeaningReviewTimer(MeaningReview review, @Value("${loopdesk.routing.meaning.interval:PT2S}") Duration interval) {
        super("routing-meaning-review", FixedDelay.of(interval), Void.class);
        this.review = review;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        review.readAll();
    }
}
