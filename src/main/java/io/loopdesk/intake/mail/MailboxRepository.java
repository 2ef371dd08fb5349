package io.loopdesk.intake.mail;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MailboxRepository extends JpaRepository<Mailbox, Long> {

    List<Mailbox> findByTenantIdOrderByName(long tenantId);

    List<Mailbox> findByEnabledTrue();

    /** Addresses are stored in lower case. */
    boolean existsByTenantIdAndAddressAndIdNot(long tenantId, String address, long id);
}
