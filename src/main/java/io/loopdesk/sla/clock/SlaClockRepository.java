package io.loopdesk.sla.clock;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

    List<SlaClock> findByTicketIdOrderByTarget(long ticketId);

    List<SlaClock> findByTicketIdInOrderByTicketIdAscTargetAsc(java.util.Collection<Long> ticketIds);
}
