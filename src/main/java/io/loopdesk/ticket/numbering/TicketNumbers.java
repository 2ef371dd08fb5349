package io.loopdesk.ticket.numbering;

import io.loopdesk.ticket.TicketProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Hands out ticket numbers from one database sequence, so several nodes never hand out the same one. */
@Component
public class TicketNumbers {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd");

    private final JdbcClient jdbc;
    private final ZoneId zone;

    TicketNumbers(JdbcClient jdbc, TicketProperties properties) {
        this.jdbc = jdbc;
        this.zone = properties.numberTimeZone();
    }

    public TicketNumber next(Clock clock) {
        long sequence = jdbc.sql("select nextval('ticket_number_seq')")
                .query(Long.class)
                .single();
        return new TicketNumber(
                LocalDate.now(clock.withZone(zone)).format(DATE) + "-" + String.format("%06d", sequence));
    }
}
