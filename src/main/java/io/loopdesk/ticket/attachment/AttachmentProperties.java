package io.loopdesk.ticket.attachment;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code loopdesk.attachments.*}: where files are kept and what is accepted.
 *
 * @param directory where the local-disk store keeps files; {@code <loopdesk.data-dir>/attachments} when empty
 * @param maxFileSize the largest single file, for tenants that have not set their own limit
 * @param maxTicketSize all files of one ticket together, for tenants that have not set their own limit
 * @param maxFiles how many files one submission (a form, a message, an API call) may carry
 * @param allowedTypes media types accepted, as Tika reads them from the bytes (exact names, no wildcards): an
 *     executable, a script or a type Tika does not know is never among them
 */
@ConfigurationProperties("loopdesk.attachments")
public record AttachmentProperties(
        @Nullable Path directory,
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("100MB") DataSize maxTicketSize,
        @DefaultValue("10") int maxFiles,

        @DefaultValue({
            "image/png",
            "image/jpeg",
            "image/gif",
            "image/webp",
            "image/bmp",
            "image/heic",
            "image/heif",
            "video/mp4",
            "video/quicktime",
            "video/webm",
            "video/x-matroska",
            "video/3gpp",
            "video/x-msvideo",
            "application/pdf",
            "text/plain",
            "text/csv",
            "text/x-log",
            "application/json",
            "application/msword",
            "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "application/zip",
            "application/gzip"
        })
        List<String> allowedTypes) {

    public AttachmentProperties {
        allowedTypes = List.copyOf(allowedTypes);
    }
}
