package io.loopdesk.intake.mail.reply;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReplyMailRepository extends JpaRepository<ReplyMail, Long> {

    Optional<ReplyMail> findFirstByTenantIdAndMessageIdIn(long tenantId, Collection<String> messageIds);

    List<ReplyMail> findByTenantIdOrderByCreatedAtDesc(long tenantId, Limit limit);

    boolean existsBySourceMessage(long sourceMessage);

    boolean existsBySideMessage(long sideMessage);

    /** The last e-mail sent in a side conversation, which the next one answers. */
    Optional<ReplyMail> findFirstBySideConversationOrderByCreatedAtDesc(long sideConversation);
}
