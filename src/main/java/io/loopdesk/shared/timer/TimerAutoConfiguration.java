package io.loopdesk.shared.timer;

import com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Starts db-scheduler, the engine of every persistent timer (SLA warnings and breaches, auto-close steps,
 * notification retries). Its own auto-configuration is written for Spring Boot 3: it orders itself after Boot 3's
 * {@code DataSourceAutoConfiguration}, which no longer exists, so Boot 4 silently skips it. This one runs after
 * Boot 4's data source and Flyway (the {@code scheduled_tasks} table comes from a migration) and imports it; the
 * original is excluded in {@code application.properties}. See STACK-NOTES.md, item 4.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"
        })
@Import(DbSchedulerAutoConfiguration.class)
public class TimerAutoConfiguration {}
