package io.loopdesk.notification.mail;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationEmailRepository extends JpaRepository<NotificationEmail, Long> {}
