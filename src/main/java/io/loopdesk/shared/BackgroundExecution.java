package io.loopdesk.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The executor of every background reaction (asynchronous event listeners, {@link AfterCommit}): at most
 * {@code loopdesk.background.concurrency} at once, on virtual threads, the rest waiting in a queue. It replaces
 * Spring Boot's throttled executor, which makes a submitter wait for a free slot: a reaction whose own commit
 * started further reactions then waited for itself, and eight of them at once (a burst of solved tickets) stopped
 * every reaction for good. Here submitting never waits.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundExecution {

    @Bean(name = {TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME, "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor(
            @Value("${loopdesk.background.concurrency:8}") int concurrency,
            @Value("${loopdesk.background.shutdown-wait:30s}") java.time.Duration shutdownWait) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(concurrency);
        executor.setMaxPoolSize(concurrency);
        executor.setQueueCapacity(Integer.MAX_VALUE);
        executor.setThreadFactory(Thread.ofVirtual().name("background-", 0).factory());
        // reactions already started finish before the database goes away; their events are redone otherwise
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationMillis(shutdownWait.toMillis());
        return executor;
    }
}
