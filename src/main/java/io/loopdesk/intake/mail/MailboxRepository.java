package io.loopdesk.intake.mail;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailboxRepository extends JpaRepository<Mailbox, Long> {

    List<Mailbox> findByTenantIdOrderByName(long tenantId);

    List<Mailbox> findByEnabledTrue();
}
