package io.loopdesk.ticket.side;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SideConversationRepository extends JpaRepository<SideConversation, Long> {

    List<SideConversation> findByTicketIdOrderByStartedAtAscIdAsc(long ticketId);
}
