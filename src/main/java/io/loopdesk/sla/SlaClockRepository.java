package io.loopdesk.sla;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

    List<SlaClock> findByTicketIdOrderByTarget(long ticketId);
}
