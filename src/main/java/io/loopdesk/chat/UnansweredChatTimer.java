package io.loopdesk.chat;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Duration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Fires once per chat, {@code {tenant}-{chat}}, the tenant's unanswered time after it started; a chat answered or
 * ended by then is left alone.
 */
@Component
class UnansweredChatTimer extends OneTimeTask<Void> {

    static final String TASK = "chat-unanswered";

    private final UnansweredChats unanswered;

    UnansweredChatTimer(@Lazy UnansweredChats unanswered) {
        super(TASK, Void.class, new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(1)));
        this.unanswered = unanswered;
    }

    static String instanceId(long tenantId, long chatId) {
        return tenantId + "-" + chatId;
    }

    @Override
    public void executeOnce(TaskInstance<Void> instance, ExecutionContext context) {
        String[] parts = instance.getId().split("-", 2);
        unanswered.check(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    }
}
