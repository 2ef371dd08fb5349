package io.loopdesk.ticket.message;

import io.loopdesk.ticket.value.MessageKind;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketMessageRepository extends JpaRepository<TicketMessage, Long> {

    List<TicketMessage> findByTicketIdOrderByCreatedAtAscIdAsc(long ticketId);

    List<TicketMessage> findByTicketIdInOrderByCreatedAtAscIdAsc(java.util.Collection<Long> ticketIds);

    List<TicketMessage> findByTicketIdAndKindOrderByCreatedAtAscIdAsc(long ticketId, MessageKind kind);
}
