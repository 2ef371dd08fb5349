package io.loopdesk.ticket.history;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: no update or delete method exists, and the database refuses them too. */
public interface HistoryEntryRepository extends Repository<HistoryEntry, Long> {

    HistoryEntry save(HistoryEntry entry);

    List<HistoryEntry> findByTicketIdOrderByOccurredAtAscIdAsc(long ticketId);

    List<HistoryEntry> findByTicketIdInOrderByOccurredAtAscIdAsc(java.util.Collection<Long> ticketIds);
}
