package io.loopdesk.ticket.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file really is, read from its first bytes by Apache Tika. The name only refines what the bytes say (a
 * ZIP named {@code .docx} is a Word document, a text named {@code .sh} is a shell script); it never overrides
 * them, so an executable named {@code .png} is still an executable.
 *
 * @param mediaType e.g. {@code image/png}; {@code application/octet-stream} when Tika cannot tell
 */
record FileType(String mediaType) {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private static final Set<String> EXECUTABLE_OR_SCRIPT_HINTS =
            Set.of("executable", "script", "x-sh", "x-bat", "javascript", "x-msdownload", "x-dosexec", "java");

    /**
     * Reads the type from {@code content}, which must support mark/reset; the stream is at its start again after.
     */
    static FileType detect(InputStream content, String filename) throws IOException {
        if (!content.markSupported()) {
            throw new IllegalArgumentException("Detection needs a stream that can be reset");
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        MediaType type = TYPES.detect(content, metadata);
        return new FileType(type.getBaseType().toString());
    }

    boolean isUnknown() {
        return mediaType.equals(MediaType.OCTET_STREAM.toString());
    }

    /** Whether to tell the person it is a program: a clearer refusal than "not an accepted type". */
    boolean looksExecutable() {
        String lower = mediaType.toLowerCase(Locale.ROOT);
        return EXECUTABLE_OR_SCRIPT_HINTS.stream().anyMatch(lower::contains);
    }

    /**
     * A file name that says what the file is: {@code report.exe} holding a PNG is kept as {@code report.exe.png},
     * so opening the download can never run it as something else.
     */
    String nameFor(String safeName) {
        try {
            MimeType type = TYPES.forName(mediaType);
            List<String> extensions = type.getExtensions();
            if (extensions.isEmpty()) {
                return safeName;
            }
            String lower = safeName.toLowerCase(Locale.ROOT);
            if (extensions.stream().anyMatch(lower::endsWith)) {
                return safeName;
            }
            return safeName + type.getExtension();
        } catch (MimeTypeException e) {
            return safeName;
        }
    }
}
