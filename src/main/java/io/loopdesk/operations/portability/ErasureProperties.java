package io.loopdesk.operations.portability;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a suspended tenant's data waits between the operator scheduling its deletion and the deletion, so a
 * mistake or a change of heart (the brand renews) can still be undone.
 *
 * @param waitingPeriod {@code loopdesk.tenant-erasure.waiting-period}, 30 days unless set
 */
@ConfigurationProperties("loopdesk.tenant-erasure")
public record ErasureProperties(@DefaultValue("P30D") Duration waitingPeriod) {}
