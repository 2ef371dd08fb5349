package io.loopdesk.ticket.link;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IssueLinkRepository extends JpaRepository<IssueLink, Long> {

    Optional<IssueLink> findByTicketId(long ticketId);

    List<IssueLink> findByTenantIdAndUrl(long tenantId, String url);
}
