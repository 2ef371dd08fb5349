package io.loopdesk.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationEmailRepository extends JpaRepository<NotificationEmail, Long> {}
