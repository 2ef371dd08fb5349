package io.loopdesk.intake.feedback;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackSubmissionRepository extends JpaRepository<FeedbackSubmission, Long> {

    Optional<FeedbackSubmission> findByAppIdAndIdempotencyKey(long appId, String idempotencyKey);
}
