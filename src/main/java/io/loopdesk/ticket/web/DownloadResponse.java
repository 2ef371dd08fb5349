package io.loopdesk.ticket.web;

import io.loopdesk.ticket.AttachmentDownload;
import io.loopdesk.ticket.AttachmentView;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file as an HTTP download: always {@code Content-Disposition: attachment} with the name encoded as RFC
 * 6266 asks (an ASCII fallback and the UTF-8 {@code filename*}), the type read from the bytes, {@code nosniff}, and
 * a sandbox policy, so no upload is ever rendered as a page of ours.
 */
final class DownloadResponse {

    private static final String ATTR_CHAR =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~";

    private DownloadResponse() {}

    static ResponseEntity<InputStreamResource> of(AttachmentDownload download) {
        AttachmentView file = download.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .eTag("\"" + file.sha256() + "\"")
                .body(new InputStreamResource(download.content()));
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266 section 4.3). */
    static String contentDisposition(String filename) {
        StringBuilder ascii = new StringBuilder();
        filename.codePoints().forEach(c -> {
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '%') {
                ascii.append('_');
            } else {
                ascii.appendCodePoint(c);
            }
        });
        StringBuilder encoded = new StringBuilder();
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (b >= 0 && ATTR_CHAR.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
