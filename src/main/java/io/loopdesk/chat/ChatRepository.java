package io.loopdesk.chat;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChatRepository extends JpaRepository<Chat, Long> {

    Optional<Chat> findByVisitorKeyHash(String visitorKeyHash);

    List<Chat> findByStatusInOrderByStartedAt(List<ChatStatus> statuses);
}
