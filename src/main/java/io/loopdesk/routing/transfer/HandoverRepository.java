package io.loopdesk.routing.transfer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HandoverRepository extends JpaRepository<Handover, Long> {

    List<Handover> findByTicketNumberOrderByCreatedAtAsc(String ticketNumber);

    List<Handover> findByKindAndOpenTrueOrderByCreatedAtAsc(HandoverKind kind);
}
