package io.loopdesk.ticket.relation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TicketRelationRepository extends JpaRepository<TicketRelation, Long> {

    @Query(
            "select r from TicketRelation r where r.ticketId = :ticketId or r.otherId = :ticketId order by r.linkedAt, r.id")
    List<TicketRelation> ofTicket(long ticketId);

    Optional<TicketRelation> findByPair(String pair);
}
