package io.loopdesk.intake.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.intake.IntakeProperties;
import io.loopdesk.intake.imports.ImportFormat;
import io.loopdesk.intake.imports.ImportRefusedException;
import io.loopdesk.intake.imports.ImportReport;
import io.loopdesk.intake.imports.Imports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/imports}: live-room comments, social media posts and outside-site threads, as JSON Lines
 * ({@code application/x-ndjson}) or CSV ({@code text/csv}), in the body or as a multipart part {@code file}.
 */
@RestController
@Tag(name = "Imports", description = "Feedback found on live rooms, social media and outside sites")
class ImportApiController {

    private final Imports imports;
    private final IntakeProperties properties;

    ImportApiController(Imports imports, IntakeProperties properties) {
        this.imports = imports;
        this.properties = properties;
    }

    @PostMapping(
            path = "/api/v1/imports",
            consumes = {
                "text/csv",
                "application/x-ndjson",
                "application/jsonl",
                "application/x-jsonlines",
                "text/plain",
                "application/octet-stream"
            })
    @Operation(
            summary = "Import records (supervisors, tenant admins)",
            description = "Each record: source, content, time (required); author, authorLink, originalId, "
                    + "liveRoomId, orderNumber, title, category. UTF-8 with or without BOM. Each record becomes a "
                    + "ticket; bad records are reported by line and the rest import; records imported before are "
                    + "counted as duplicates. format=csv|jsonl when the content type does not say.")
    ImportReport importBody(
            HttpServletRequest request,
            @RequestParam(required = false) @Nullable String format,
            InputStream body,
            Actor actor) {
        checkLength(request.getContentLengthLong());
        return imports.run(formatOf(format, request.getContentType(), null), body, actor);
    }

    @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import an uploaded file (part file)")
    ImportReport importFile(
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String format,
            Actor actor)
            throws IOException {
        checkLength(file.getSize());
        try (InputStream in = file.getInputStream()) {
            return imports.run(formatOf(format, file.getContentType(), file.getOriginalFilename()), in, actor);
        }
    }

    @ExceptionHandler(ImportRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ImportRefusedException e) {
        HttpStatus status = e.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", e.problems());
        return ResponseEntity.status(status).body(problem);
    }

    private void checkLength(long length) {
        long max = properties.importMaxSize().toBytes();
        if (length > max) {
            throw ImportRefusedException.tooLarge(max);
        }
    }

    private static ImportFormat formatOf(
            @Nullable String format, @Nullable String contentType, @Nullable String filename) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> ImportFormat.CSV;
                case "jsonl", "ndjson", "json-lines" -> ImportFormat.JSON_LINES;
                default -> throw ImportRefusedException.unknownFormat();
            };
        }
        return ImportFormat.of(contentType, filename).orElseThrow(ImportRefusedException::unknownFormat);
    }
}
