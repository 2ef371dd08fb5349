package io.loopdesk.chat;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChatMessageRepository extends JpaRepository<ChatMessage, Long> {

    List<ChatMessage> findByChatIdAndSeqGreaterThanOrderBySeq(long chatId, int seq);

    Optional<ChatMessage> findByChatIdAndClientId(long chatId, String clientId);

    Optional<ChatMessage> findByChatIdAndSeq(long chatId, int seq);

    List<ChatMessage> findByChatIdAndStorageKeyNotNullOrderBySeq(long chatId);
}
