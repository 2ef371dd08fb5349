package io.loopdesk.sla.clock;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutcomeRecordRepository extends JpaRepository<OutcomeRecord, Long> {

    List<OutcomeRecord> findByTicketIdInOrderByTicketIdAscSettledAtAscIdAsc(Collection<Long> ticketIds);
}
