package io.loopdesk.chat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ChatRepository extends JpaRepository<Chat, Long> {

    Optional<Chat> findByVisitorKeyHash(String visitorKeyHash);

    List<Chat> findByStatusInOrderByStartedAt(List<ChatStatus> statuses);

    /** Raises a side's read mark; a lower one (a late or replayed mark) changes nothing. Not a version change. */
    @Modifying
    @Query("update Chat c set c.visitorReadSeq = :seq where c.id = :chatId and c.visitorReadSeq < :seq"
            + " and c.lastSeq >= :seq")
    int visitorRead(long chatId, int seq);

    @Modifying
    @Query("update Chat c set c.agentReadSeq = :seq where c.id = :chatId and c.agentReadSeq < :seq"
            + " and c.lastSeq >= :seq")
    int agentRead(long chatId, int seq);

    List<Chat> findByCustomerIdAndIdNotOrderByStartedAtDesc(long customerId, long chatId, Limit limit);

    List<Chat> findByAppIdAndAppUserAndIdNotOrderByStartedAtDesc(long appId, String appUser, long chatId, Limit limit);

    long countByAgentIdAndStatus(long agentId, ChatStatus status);

    /** The chats in this status in the order they are served: VIP customers first, then by arrival. */
    List<Chat> findByStatusOrderByVipDescStartedAtAscIdAsc(ChatStatus status, Limit limit);

    /** Agent id and the number of chats they hold now. */
    @Query("select c.agentId, count(c) from Chat c where c.status = io.loopdesk.chat.ChatStatus.ACTIVE"
            + " and c.agentId is not null group by c.agentId")
    List<Object[]> heldByAgent();

    /** Agent id and when they were last given a chat, among chats given since {@code since}. */
    @Query("select c.agentId, max(c.agentJoinedAt) from Chat c where c.agentJoinedAt > :since group by c.agentId")
    List<Object[]> lastJoinedByAgent(Instant since);

    /** Chats that ended since {@code since} after an agent had them: how long a chat takes at this desk. */
    @Query("select c from Chat c where c.closedAt > :since and c.agentJoinedAt is not null order by c.closedAt desc")
    List<Chat> endedSince(Instant since, Limit limit);
}
