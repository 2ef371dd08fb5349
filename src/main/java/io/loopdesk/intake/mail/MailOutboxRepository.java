package io.loopdesk.intake.mail;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailOutboxRepository extends JpaRepository<MailOutbox, Long> {

    Optional<MailOutbox> findFirstByTenantIdAndMessageIdIn(long tenantId, Collection<String> messageIds);

    List<MailOutbox> findByTenantIdOrderByCreatedAtDesc(long tenantId, Limit limit);

    Optional<MailOutbox> findFirstByTicketNumberOrderByCreatedAtDesc(String ticketNumber);
}
