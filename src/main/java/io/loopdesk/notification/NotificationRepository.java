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
}
