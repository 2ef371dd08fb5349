package io.loopdesk.intake.mail.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the headers of one MIME part say about it, read leniently: a missing or malformed {@code Content-Type} is
 * {@code text/plain} (RFC 2045), or {@code message/rfc822} inside a {@code multipart/digest}.
 *
 * @param type the media type in lower case, e.g. {@code text/plain}
 * @param filename the decoded file name from {@code Content-Disposition} or {@code Content-Type}, or null
 */
public record PartInfo(
        MimePart part,
        String type,
        HeaderParams contentType,
        @Nullable String filename,
        boolean attachmentDisposition,
        boolean inlineDisposition,
        @Nullable String contentId) {

    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

    static PartInfo of(MimePart part, @Nullable String hint, String defaultType) throws MessagingException {
        HeaderParams contentType = HeaderParams.parse(part.getHeader("Content-Type", null), hint);
        String type = contentType.value().matches("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+")
                ? contentType.value()
                : defaultType;
        HeaderParams disposition = HeaderParams.parse(part.getHeader("Content-Disposition", null), hint);
        String filename = disposition.param("filename");
        if (filename == null || filename.isBlank()) {
            filename = contentType.param("name");
        }
        String contentId = part.getHeader("Content-ID", null);
        return new PartInfo(
                part,
                type,
                contentType,
                filename == null || filename.isBlank() ? null : filename.strip(),
                disposition.value().equals("attachment"),
                disposition.value().equals("inline"),
                contentId == null ? null : contentId.strip().replaceAll("^<|>$", ""));
    }

    @Nullable
    String charset() {
        return contentType.param("charset");
    }

    /**
     * The {@code Content-Type} to split the content by: the type and the boundary as read here, since Jakarta
     * Mail refuses a header it cannot parse whole.
     */
    String multipartType() {
        String boundary = contentType.param("boundary");
        return boundary == null
                ? type
                : type + "; boundary=\"" + boundary.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Plain text in {@code format=flowed} (RFC 3676), whose soft line breaks are to be joined. */
    boolean isFlowed() {
        return "flowed".equalsIgnoreCase(contentType.param("format"));
    }

    boolean flowedDeletesSpace() {
        return "yes".equalsIgnoreCase(contentType.param("delsp"));
    }

    boolean isMultipart() {
        return type.startsWith("multipart/");
    }

    /** Plain or HTML text meant to be read in the message, not a file that happens to be text. */
    boolean isBodyText() {
        return (type.equals("text/plain") || type.equals("text/html")) && !attachmentDisposition && filename == null;
    }

    /**
     * The content, decoded from its transfer encoding (see {@link TransferEncoding}: lenient, and an unknown or
     * empty {@code Content-Transfer-Encoding} gives the bytes as they are).
     */
    public byte[] content() throws MessagingException, IOException {
        return TransferEncoding.decode(rawContent(), transferEncoding(part));
    }

    /**
     * The content as it stands in the message. A multipart is split from this: RFC 2045 allows no transfer
     * encoding on one, and mailers that set one anyway (as the corpus letters-*-over-base64 messages do) encode
     * the leaves only.
     */
    byte[] rawContent() throws MessagingException, IOException {
        InputStream raw = part instanceof MimeMessage message
                ? message.getRawInputStream()
                : ((MimeBodyPart) part).getRawInputStream();
        try (raw) {
            return raw.readAllBytes();
        }
    }

    /** The first word of {@code Content-Transfer-Encoding}, or {@code ""}. */
    static String transferEncoding(MimePart part) throws MessagingException {
        String encoding = part.getHeader("Content-Transfer-Encoding", null);
        return encoding == null ? "" : encoding.strip().replaceFirst("[\\s;(].*", "");
    }

    String text(@Nullable String hint) throws MessagingException, IOException {
        String charset = charset();
        byte[] bytes = content();
        if (charset == null && type.equals("text/html")) {
            charset = metaCharset(bytes);
        }
        return TextDecoder.decode(bytes, charset, hint);
    }

    /** The charset an HTML document names in a {@code <meta>} tag, for HTML parts that declare none in MIME. */
    private static @Nullable String metaCharset(byte[] html) {
        String head = new String(html, 0, Math.min(html.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? meta.group(1) : null;
    }
}
