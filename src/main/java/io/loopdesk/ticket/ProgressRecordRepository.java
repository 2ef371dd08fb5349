package io.loopdesk.ticket;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressRecordRepository extends JpaRepository<ProgressRecord, Long> {

    List<ProgressRecord> findByTicketIdOrderByCreatedAtAscIdAsc(long ticketId);
}
