package io.loopdesk.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryAttemptRepository extends JpaRepository<DeliveryAttempt, Long> {

    List<DeliveryAttempt> findByNotificationIdInOrderByAttemptedAtAscIdAsc(Collection<Long> notificationIds);
}
