package io.loopdesk.ticket.web;

import io.loopdesk.ticket.view.AttachmentDownload;
import io.loopdesk.ticket.view.AttachmentView;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file as an HTTP download: always {@code Content-Disposition: attachment} with the name encoded as RFC
 * 6266 asks (an ASCII fallback and the UTF-8 {@code filename*}, by Spring's {@code ContentDisposition}), the type read from the bytes, {@code nosniff}, and
 * a sandbox policy, so no upload is ever rendered as a page of ours.
 */
final class DownloadResponse {

    private DownloadResponse() {}

    static ResponseEntity<InputStreamResource> of(AttachmentDownload download) {
        AttachmentView file = download.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .eTag("\"" + file.sha256() + "\"")
                .body(new InputStreamResource(download.content()));
    }
}
