package io.loopdesk.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByUserIdAndChannelAndStatusOrderBySentAtDescIdDesc(
            long userId, NotificationChannel channel, NotificationStatus status, Limit limit);

    long countByUserIdAndChannelAndStatusAndReadAtIsNull(
            long userId, NotificationChannel channel, NotificationStatus status);

    List<Notification> findByTicketNumberOrderByCreatedAtAscIdAsc(String ticketNumber);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.userId = :userId and n.channel = 'IN_APP'"
            + " and n.status = 'SENT' and n.readAt is null")
    int markAllRead(long userId, Instant now);

    /** The latest webhook notifications to one endpoint (the literal channel lets PostgreSQL use its partial index). */
    @Query("select n from Notification n where n.channel = 'WEBHOOK' and n.address = :endpoint"
            + " order by n.createdAt desc, n.id desc")
    List<Notification> latestWebhooks(String endpoint, Limit limit);
}
