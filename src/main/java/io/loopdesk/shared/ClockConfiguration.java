package io.loopdesk.shared;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one source of "now": every time rule reads it, so tests can replace it and run SLAs exactly and instantly. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Ticks in microseconds: the databases store microseconds, so a value read back equals the one written. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /**
     * db-scheduler reads the same clock: a timer is due when the application's clock says so, so a test that moves
     * the clock forward makes exactly the timers due that a real day would.
     */
    @Bean
    com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Clock clock) {
        return clock::instant;
    }
}
