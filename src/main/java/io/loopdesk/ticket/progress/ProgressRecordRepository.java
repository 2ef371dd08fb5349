package io.loopdesk.ticket.progress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressRecordRepository extends JpaRepository<ProgressRecord, Long> {

    List<ProgressRecord> findByTicketIdOrderByCreatedAtAscIdAsc(long ticketId);

    List<ProgressRecord> findByTicketIdInOrderByCreatedAtAscIdAsc(java.util.Collection<Long> ticketIds);
}
