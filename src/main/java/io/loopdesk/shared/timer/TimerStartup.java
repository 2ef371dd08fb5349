package io.loopdesk.shared.timer;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerStarter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Timers start running when the application is ready, after every {@code ApplicationRunner}: the demo data, for
 * one, writes tickets with past times in fast-forward, and a timer due in that past must not act on a ticket the
 * demo is still writing. (db-scheduler's own starters start on context refresh, before the runners.)
 */
@Configuration(proxyBeanMethods = false)
class TimerStartup {

    @Bean
    DbSchedulerStarter startTimersWhenReady(ObjectProvider<Scheduler> scheduler) {
        return new StartWhenReady(scheduler);
    }

    /** Starts the scheduler, if there is one (db-scheduler.enabled), once the application is ready. */
    static final class StartWhenReady implements DbSchedulerStarter, ApplicationListener<ApplicationReadyEvent> {

        private final ObjectProvider<Scheduler> scheduler;

        StartWhenReady(ObjectProvider<Scheduler> scheduler) {
            this.scheduler = scheduler;
        }

        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            doStart();
        }

        @Override
        public void doStart() {
            scheduler.ifAvailable(s -> {
                if (!s.getSchedulerState().isStarted() && !s.getSchedulerState().isShuttingDown()) {
                    s.start();
                }
            });
        }
    }
}
