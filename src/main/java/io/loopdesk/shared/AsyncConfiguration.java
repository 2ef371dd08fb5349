package io.loopdesk.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Reactions to events run after the transaction that published them, on their own threads (Spring Modulith's
 * {@code @ApplicationModuleListener}); periodic sweeps run on a schedule.
 *
 * <p>Such work is the system's, not a signed-in user's, so it runs in the system scope ({@link
 * TenantScope#asSystem}): the listener's own transaction opens before its method body runs, so the scope has to be
 * set around the task itself. Listeners act on the tenant their event names.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class AsyncConfiguration {

    @Bean
    TaskDecorator systemScopeForBackgroundTasks() {
        return task -> () -> TenantScope.asSystem(task);
    }
}
