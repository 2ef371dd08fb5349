package io.loopdesk.sla;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.ResultNotice;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.HistoryEntryView;
import io.loopdesk.ticket.view.MessageView;
import io.loopdesk.ticket.view.ProgressView;
import io.loopdesk.ticket.view.TicketView;
import io.loopdesk.ticket.view.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads a ticket's {@link TicketTrail} through the ticket module's queries: its history (status changes and what
 * became of the result notice), messages and progress.
 */
@Component
class TrailReader {

    private final TicketQueries queries;

    TrailReader(TicketQueries queries) {
        this.queries = queries;
    }

    TicketTrail read(TicketView ticket) {
        // one read of the timeline (one transaction, one ticket lookup) rather than history, messages and progress
        // apiece: the clocks replay on every ticket event, so this is on the hot path of every ticket
        return read(ticket, queries.timeline(ticket.number(), Actor.system()));
    }

    /** The trail of a ticket whose timeline was read already (with many others, by the SLA sweep). */
    TicketTrail read(TicketView ticket, List<TimelineEntry> timeline) {
        List<TicketTrail.Event> events = new ArrayList<>();
        for (TimelineEntry entry : timeline) {
            switch (entry) {
                case TimelineEntry.Change change -> {
                    HistoryEntryView line = change.change();
                    if (line.field().equals("status") && line.oldValue() != null && line.newValue() != null) {
                        events.add(new TicketTrail.StatusChanged(
                                line.occurredAt(),
                                TicketStatus.valueOf(line.oldValue()),
                                TicketStatus.valueOf(line.newValue())));
                    } else if (line.field().equals(ResultNotice.FIELD)) {
                        if (ResultNotice.SENT.name().equals(line.newValue())) {
                            events.add(new TicketTrail.ResultNotified(line.occurredAt()));
                        } else if (ResultNotice.NO_CHANNEL.name().equals(line.newValue())) {
                            events.add(new TicketTrail.ResultUnreachable(line.occurredAt()));
                        }
                    }
                }
                case TimelineEntry.Message said -> {
                    MessageView message = said.message();
                    if (message.kind() == MessageKind.PUBLIC_REPLY) {
                        if (message.fromCustomer()) {
                            events.add(new TicketTrail.CustomerWrote(message.createdAt()));
                        } else if (message.authorId() != null) {
                            events.add(new TicketTrail.StaffReplied(message.createdAt()));
                        }
                    }
                }
                case TimelineEntry.Progress recorded -> {
                    ProgressView progress = recorded.progress();
                    if (progress.estimatedCompletionAt() != null) {
                        events.add(new TicketTrail.EstimateGiven(progress.createdAt()));
                    }
                }
            }
        }
        return new TicketTrail(ticket.registeredAt(), events);
    }
}
