package io.loopdesk.ticket;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code loopdesk.ticket.*}.
 *
 * @param numberTimeZone the zone whose calendar date starts each ticket number
 * @param pageSizeLimit the largest page a list request may ask for
 */
@ConfigurationProperties("loopdesk.ticket")
public record TicketProperties(
        @DefaultValue("Asia/Shanghai") ZoneId numberTimeZone,
        @DefaultValue("200") int pageSizeLimit) {}
