package io.loopdesk.intake.mail;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InboundMailRepository extends JpaRepository<InboundMail, Long> {

    /** The first reading of a mail recorded under any of these keys. */
    Optional<InboundMail> findFirstByTenantIdAndDedupKeyIn(long tenantId, Collection<String> keys);

    Optional<InboundMail> findFirstByTenantIdAndMessageIdIn(long tenantId, Collection<String> messageIds);

    List<InboundMail> findByTenantIdAndMailboxIdOrderByReceivedAtDesc(long tenantId, long mailboxId, Limit limit);

    Optional<InboundMail> findFirstByTicketNumberOrderByReceivedAtDesc(String ticketNumber);
}
