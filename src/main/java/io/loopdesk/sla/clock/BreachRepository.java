package io.loopdesk.sla.clock;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BreachRepository extends JpaRepository<Breach, Long> {

    List<Breach> findByTicketIdOrderByDueAt(long ticketId);

    long countByDueAtGreaterThanEqual(Instant from);

    List<Breach> findByDueAtGreaterThanEqualAndDueAtLessThanOrderByDueAtAscIdAsc(Instant from, Instant to, Limit limit);
}
