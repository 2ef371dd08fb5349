package io.loopdesk.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code loopdesk.intake.*}: the app feedback API and imports.
 *
 * @param appKeyCacheTtl how long a checked app key is remembered per node (a revoke or rotation is immediate on
 *     the node that made it, within this time on the others)
 * @param feedbackPerMinute submissions one app may make per minute on one node; 0 turns the limit off
 * @param idempotencyWait how long a retried submission waits for a twin that is still being stored
 * @param importMaxSize the largest import file
 * @param importMaxRecordChars the longest single record (a line of JSON, a CSV row)
 * @param importRejectedListed how many rejected records an import answer lists (all are counted)
 */
@ConfigurationProperties("loopdesk.intake")
public record IntakeProperties(
        @DefaultValue("30s") Duration appKeyCacheTtl,
        @DefaultValue("600") int feedbackPerMinute,
        @DefaultValue("10s") Duration idempotencyWait,
        @DefaultValue("100MB") DataSize importMaxSize,
        @DefaultValue("200000") int importMaxRecordChars,
        @DefaultValue("1000") int importRejectedListed) {}
