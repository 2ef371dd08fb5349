package io.loopdesk.intake.web;

import io.loopdesk.intake.feedback.AppIdentity;
import io.loopdesk.intake.feedback.AppUserTickets;
import io.loopdesk.survey.RatingView;
import io.loopdesk.survey.Scores;
import io.loopdesk.ticket.view.AttachmentDownload;
import io.loopdesk.ticket.view.MessageView;
import io.loopdesk.ticket.view.TicketView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The whole loop in the brand's app, with its key: {@code userId} is the user's id in the app, as the feedback was
 * submitted with. A ticket that is not this app's for this user answers 404, like one that does not exist.
 */
@RestController
@Tag(name = "App feedback", description = "Feedback from brands' apps, signed in with the app's key")
class AppUserTicketApiController {

    private final AppUserTickets tickets;

    AppUserTicketApiController(AppUserTickets tickets) {
        this.tickets = tickets;
    }

    /** The user's answer. */
    record Reply(String body) {}

    /** Why the solution does not work. */
    record Reopening(@Nullable String reason) {}

    /** Where the ticket stands after the user's action. */
    record Moved(String number, String status) {

        static Moved of(TicketView ticket) {
            return new Moved(ticket.number(), ticket.status().name());
        }
    }

    @GetMapping("/api/v1/feedback/mine")
    @Operation(summary = "The user's tickets, newest first (at most 200, 50 unless limit says)")
    List<AppUserTickets.Summary> mine(
            @RequestAttribute(AppKeyFilter.APP) AppIdentity app,
            @RequestParam(required = false) @Nullable String userId,
            @RequestParam(defaultValue = "50") int limit) {
        return tickets.mine(app, userId, limit);
    }

    @GetMapping("/api/v1/feedback/{number}")
    @Operation(summary = "One of the user's tickets with its public conversation and the progress shown to them")
    AppUserTickets.Conversation one(
            @RequestAttribute(AppKeyFilter.APP) AppIdentity app,
            @PathVariable String number,
            @RequestParam(required = false) @Nullable String userId) {
        return tickets.one(app, userId, number);
    }

    @PostMapping(path = "/api/v1/feedback/{number}/replies", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The user answers; a ticket waiting for them goes back to work")
    MessageView reply(
            @RequestAttribute(AppKeyFilter.APP) AppIdentity app,
            @PathVariable String number,
            @RequestParam(required = false) @Nullable String userId,
            @RequestBody Reply reply) {
        return tickets.reply(app, userId, number, reply.body() == null ? "" : reply.body(), List.of());
    }

    @PostMapping(path = "/api/v1/feedback/{number}/replies", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The user answers with screenshots: part reply (JSON), parts files")
    MessageView replyWithFiles(
            @RequestAttribute(AppKeyFilter.APP) AppIdentity app,
            @PathVariable String number,
            @RequestParam(required = false) @Nullable String userId,
            @RequestPart("reply") Reply reply,
            @RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files) {
        return tickets.reply(app, userId, number, reply.body() == null ? "" : reply.body(), MultipartUploads.of(files));
    }

    @PostMapping("/api/v1/feedback/{number}/confirmation")
    @Operation(summary = "The user confirms the solution")
    Moved confirm(
            @RequestAttribute(AppKeyFilter.APP) AppIdentity app,
            @PathVariable String number,
            @RequestParam(required = false) @Nullable String userId) {
        return Moved.of(tickets.confirm(app, userId, number));
    }

    @PostMapping("/api/v1/feedback/{number}/reopening")
    @Operation(summary = "The user says it is not solved, with a reason")
    Moved reopen(
            @RequestAttribute(AppKeyFilter.APP) AppIdentity app,
            @PathVariable String number,
            @RequestParam(required = false) @Nullable String userId,
            @RequestBody Reopening reopening) {
        return Moved.of(tickets.reopen(app, userId, number, reopening.reason()));
    }

    @PostMapping("/api/v1/feedback/{number}/rating")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "The user rates the solution once",
            description = "overall: VERY_SATISFIED, SATISFIED, NEUTRAL or DISSATISFIED; optionally responseSpeed, "
                    + "expertise, resolution, attitude (1-5), nps (0-10), comment. A ticket awaiting confirmation "
                    + "is confirmed by the rating.")
    RatingView rate(
            @RequestAttribute(AppKeyFilter.APP) AppIdentity app,
            @PathVariable String number,
            @RequestParam(required = false) @Nullable String userId,
            @RequestBody Scores scores) {
        return tickets.rate(app, userId, number, scores);
    }

    @GetMapping("/api/v1/feedback/{number}/files/{fileId}")
    @Operation(summary = "A file of the conversation")
    ResponseEntity<InputStreamResource> file(
            @RequestAttribute(AppKeyFilter.APP) AppIdentity app,
            @PathVariable String number,
            @PathVariable long fileId,
            @RequestParam(required = false) @Nullable String userId) {
        AttachmentDownload download = tickets.file(app, userId, number, fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.attachment().contentType()))
                .contentLength(download.attachment().size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(download.attachment().filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(download.content()));
    }
}
