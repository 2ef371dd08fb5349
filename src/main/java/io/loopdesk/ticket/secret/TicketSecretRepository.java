package io.loopdesk.ticket.secret;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TicketSecretRepository extends JpaRepository<TicketSecret, Long> {

    List<TicketSecret> findByTicketIdOrderByIdAsc(long ticketId);

    Optional<TicketSecret> findByIdAndTicketId(long id, long ticketId);
}
