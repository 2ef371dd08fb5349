package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.Attachments;
import io.loopdesk.ticket.attachment.AttachmentLimits;
import io.loopdesk.ticket.attachment.AttachmentRules;
import io.loopdesk.ticket.view.AttachmentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Files on tickets over the API: upload, list, download; the tenant's size limits. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Attachments", description = "Screenshots, videos and documents on tickets")
class AttachmentApiController {

    private final Attachments attachments;
    private final AttachmentRules rules;

    AttachmentApiController(Attachments attachments, AttachmentRules rules) {
        this.attachments = attachments;
        this.rules = rules;
    }

    /** The limits as the API shows and takes them. */
    record LimitsBody(
            long maxFileBytes,
            long maxTicketBytes,
            @Nullable List<String> allowedTypes) {}

    @PostMapping(path = "/tickets/{number}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Attach files",
            description = "Multipart parts named files (one or more), optional description and messageId (attach to "
                    + "that message; files of an internal note are staff-only). The type is read from the bytes; "
                    + "executables, scripts and unknown types are refused. All files are kept, or none.")
    ResponseEntity<List<AttachmentView>> upload(
            @PathVariable String number,
            @RequestParam("files") List<MultipartFile> files,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable Long messageId,
            Actor actor) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(attachments.attach(number, messageId, Uploads.of(files, description), actor));
    }

    @GetMapping("/tickets/{number}/attachments")
    @Operation(summary = "The ticket's files the caller may see")
    List<AttachmentView> list(@PathVariable String number, Actor actor) {
        return attachments.of(number, actor);
    }

    @GetMapping("/tickets/{number}/attachments/{id}")
    @Operation(summary = "Download one file (Content-Disposition: attachment)")
    ResponseEntity<InputStreamResource> download(@PathVariable String number, @PathVariable long id, Actor actor) {
        return DownloadResponse.of(attachments.download(number, id, actor));
    }

    @GetMapping("/attachment-limits")
    @Operation(summary = "The tenant's attachment limits and the accepted types")
    LimitsBody limits(Actor actor) {
        AttachmentLimits limits = rules.limits(actor.tenantId());
        return new LimitsBody(limits.maxFileBytes(), limits.maxTicketBytes(), rules.allowedTypes());
    }

    @PutMapping("/attachment-limits")
    @Operation(summary = "Change the tenant's attachment limits (tenant admins)")
    LimitsBody changeLimits(@RequestBody LimitsBody body, Actor actor) {
        AttachmentLimits limits =
                rules.change(actor.tenantId(), new AttachmentLimits(body.maxFileBytes(), body.maxTicketBytes()), actor);
        return new LimitsBody(limits.maxFileBytes(), limits.maxTicketBytes(), rules.allowedTypes());
    }
}
