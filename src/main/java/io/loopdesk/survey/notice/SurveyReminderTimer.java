package io.loopdesk.survey.notice;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.loopdesk.shared.TenantScope;
import java.time.Duration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Reminds a customer who has not answered a survey: fires once per link, {@code {tenant}-{link}}; does nothing when
 * the survey was answered, the link expired or a newer solution replaced it.
 */
@Component
class SurveyReminderTimer extends OneTimeTask<Void> {

    static final String TASK = "survey-reminder";

    private final LoopNotices notices;

    SurveyReminderTimer(@Lazy LoopNotices notices) {
        super(TASK, Void.class, new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(5)));
        this.notices = notices;
    }

    static String instanceId(long tenantId, long linkId) {
        return tenantId + "-" + linkId;
    }

    @Override
    public void executeOnce(TaskInstance<Void> instance, ExecutionContext context) {
        String[] parts = instance.getId().split("-", 2);
        long tenantId = Long.parseLong(parts[0]);
        TenantScope.inTenant(tenantId, () -> notices.remind(tenantId, Long.parseLong(parts[1])));
    }
}
