package io.loopdesk.routing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HandoverRepository extends JpaRepository<Handover, Long> {

    List<Handover> findByTicketNumberOrderByCreatedAtAsc(String ticketNumber);

    List<Handover> findByKindAndOpenTrueOrderByCreatedAtAsc(HandoverKind kind);
}
