package io.loopdesk.intake.mail.mime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of a text into characters, trusting a charset label only as far as the bytes agree with it.
 * Never throws, and never silently drops text: what no reading accepts whole is read as much as possible.
 *
 * <ul>
 *   <li>A label is read as its superset ({@link CharsetLabel}); valid UTF-8 under a Latin label is UTF-8.
 *   <li>Bytes the label cannot read: UTF-8 if they are valid UTF-8, or mostly UTF-8 with a few stray Latin-1
 *       bytes (corpus mail021, mail060); else the label's reading with replacement characters.
 *   <li>No label (or an unknown one): UTF-8, the caller's hint (the charset the message declares elsewhere),
 *       GB18030 for plainly Chinese bytes (corpus mail023, mail046), and last windows-1252, which reads any byte.
 * </ul>
 */
final class TextDecoder {

    private TextDecoder() {}

    /**
     * @param label the declared charset, or null when none was declared
     * @param hint a charset name from {@link CharsetLabel#resolve} to try for unlabelled 8-bit text, or null
     */
    static String decode(byte[] bytes, @Nullable String label, @Nullable String hint) {
        Optional<String> declared = label == null ? Optional.empty() : CharsetLabel.resolve(label);
        return declared.isPresent() ? decodeDeclared(bytes, declared.get()) : guess(bytes, hint);
    }

    static String decode(byte[] bytes, @Nullable String label) {
        return decode(bytes, label, null);
    }

    /** For text that declares no charset, such as raw 8-bit bytes in a header. */
    static String guess(byte[] bytes, @Nullable String hint) {
        if (isAscii(bytes)) {
            return new String(bytes, StandardCharsets.US_ASCII);
        }
        return strict(bytes, StandardCharsets.UTF_8)
                .or(() -> hinted(bytes, hint))
                .or(() -> ByteEvidence.chinese(bytes))
                .or(() -> ByteEvidence.mostlyUtf8(bytes))
                .orElseGet(() -> new String(bytes, CharsetLabel.windows1252()));
    }

    private static Optional<String> hinted(byte[] bytes, @Nullable String hint) {
        if (hint == null || hint.equals(CharsetLabel.UTF_7)) {
            return Optional.empty();
        }
        return CharsetLabel.hintReadings(hint).stream()
                .map(name -> strict(bytes, CharsetLabel.charset(name)))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static String decodeDeclared(byte[] bytes, String name) {
        if (name.equals(CharsetLabel.UTF_7)) {
            return Utf7.decode(bytes);
        }
        Charset charset = CharsetLabel.charset(name);
        if (CharsetLabel.isSingleByte(name)) {
            // Valid multi-byte UTF-8 under a Latin label is UTF-8 mislabelled: by chance it hardly ever is.
            return strict(bytes, StandardCharsets.UTF_8).orElseGet(() -> new String(bytes, charset));
        }
        if (name.equals("UTF-8")) {
            return strict(bytes, charset).orElseGet(() -> ByteEvidence.utf8WithLatinBytes(bytes));
        }
        return strict(bytes, charset)
                .or(() -> strict(bytes, StandardCharsets.UTF_8))
                .or(() -> ByteEvidence.mostlyUtf8(bytes))
                .orElseGet(() -> new String(bytes, charset));
    }

    static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
