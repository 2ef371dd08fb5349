package io.loopdesk.intake.web;

import io.loopdesk.intake.feedback.AppIdentity;
import io.loopdesk.intake.feedback.Feedback;
import io.loopdesk.intake.feedback.FeedbackIntake;
import io.loopdesk.intake.feedback.FeedbackReceipt;
import io.loopdesk.intake.feedback.IdempotencyKeyReusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/feedback}: a brand's app submits a user's feedback, as JSON or as multipart (a part
 * {@code feedback} with the JSON, parts {@code files} with screenshots and videos). Answers 201 with the ticket
 * number, or 200 with the same number when an {@code Idempotency-Key} was seen before.
 */
@RestController
@Tag(name = "App feedback", description = "Feedback from brands' apps, signed in with the app's key")
class FeedbackApiController {

    private final FeedbackIntake intake;

    FeedbackApiController(FeedbackIntake intake) {
        this.intake = intake;
    }

    /** What the app gets back. */
    record Answer(String ticketNumber, boolean replayed) {}

    @PostMapping(path = "/api/v1/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Submit feedback (JSON)",
            description = "Header X-App-Key: the app's key. Optional Idempotency-Key: a retry with the same key "
                    + "and the same body returns the same ticket and never makes a second one.")
    ResponseEntity<Answer> submit(
            @RequestAttribute(AppKeyFilter.APP) AppIdentity app,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @RequestBody Feedback feedback) {
        return answer(intake.submit(app, idempotencyKey, feedback, List.of()));
    }

    @PostMapping(path = "/api/v1/feedback", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Submit feedback with files (multipart)",
            description = "Part feedback: the JSON (Content-Type application/json); parts files: screenshots, "
                    + "videos, documents. All files are kept with the ticket, or the submission is refused.")
    ResponseEntity<Answer> submitWithFiles(
            @RequestAttribute(AppKeyFilter.APP) AppIdentity app,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @RequestPart("feedback") Feedback feedback,
            @RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files) {
        return answer(intake.submit(app, idempotencyKey, feedback, MultipartUploads.of(files)));
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> reused(IdempotencyKeyReusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create("about:blank"));
        problem.setTitle("Idempotency-Key reused");
        return ResponseEntity.unprocessableContent().body(problem);
    }

    private static ResponseEntity<Answer> answer(FeedbackReceipt receipt) {
        Answer body = new Answer(receipt.ticketNumber(), receipt.replayed());
        return receipt.replayed()
                ? ResponseEntity.ok().header("Idempotent-Replayed", "true").body(body)
                : ResponseEntity.status(HttpStatus.CREATED).body(body);
    }
}
