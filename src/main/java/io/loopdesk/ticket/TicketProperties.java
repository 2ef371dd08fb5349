package io.loopdesk.ticket;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code loopdesk.ticket.*}.
 *
 * @param numberTimeZone the zone whose calendar date starts each ticket number
 * @param pageSizeLimit the largest page a list request may ask for
 * @param groupCommit how tickets registered at the same moment are committed together
 */
@ConfigurationProperties("loopdesk.ticket")
public record TicketProperties(
        @DefaultValue("Asia/Shanghai") ZoneId numberTimeZone,
        @DefaultValue("200") int pageSizeLimit,
        @DefaultValue GroupCommit groupCommit) {

    /**
     * {@code loopdesk.ticket.group-commit.*}.
     *
     * @param maxTickets the most registrations one transaction takes; 1 commits each alone
     * @param workers how many transactions of waiting registrations may be open at once
     */
    public record GroupCommit(
            @DefaultValue("16") int maxTickets,
            @DefaultValue("2") int workers) {}
}
