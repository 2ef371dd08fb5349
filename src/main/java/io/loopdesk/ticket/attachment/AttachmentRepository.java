package io.loopdesk.ticket.attachment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByTicketIdOrderByCreatedAtAscIdAsc(long ticketId);

    List<Attachment> findByTicketIdAndInternalFalseOrderByCreatedAtAscIdAsc(long ticketId);

    Optional<Attachment> findByIdAndTicketId(long id, long ticketId);

    @Query("select coalesce(sum(a.sizeBytes), 0) from TicketAttachment a where a.ticketId = :ticketId")
    long totalSizeOf(long ticketId);
}
