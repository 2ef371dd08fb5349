package io.loopdesk.ticket.side;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SideMessageRepository extends JpaRepository<SideMessage, Long> {

    List<SideMessage> findByConversationIdInOrderByIdAsc(Collection<Long> conversationIds);
}
