package io.loopdesk.intake.feedback;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackSubmissionRepository extends JpaRepository<FeedbackSubmission, Long> {

    Optional<FeedbackSubmission> findByAppIdAndIdempotencyKey(long appId, String idempotencyKey);

    /** An app user's submissions that made a ticket, newest first. */
    List<FeedbackSubmission> findByAppIdAndUserIdAndTicketNumberNotNullOrderByCreatedAtDescIdDesc(
            long appId, String userId, Limit limit);

    boolean existsByAppIdAndUserIdAndTicketNumber(long appId, String userId, String ticketNumber);
}
