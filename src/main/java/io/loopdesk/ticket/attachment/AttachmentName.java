package io.loopdesk.ticket.attachment;

import java.text.Normalizer;

/**
 * The name a file is shown and downloaded with: the last part of whatever path a client sent, without control
 * characters, half surrogate pairs or path separators, at most 200 characters. Only ever a label: files are stored under random keys.
 */
public final class AttachmentName {

    static final int MAX_LENGTH = 200;

    private AttachmentName() {}

    public static String of(String submitted) {
        String name = Normalizer.normalize(submitted, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c)
                        && c != '"'
                        && Character.getType(c) != Character.FORMAT
                        && Character.getType(c) != Character.SURROGATE)
                .forEach(clean::appendCodePoint);
        String result = clean.toString().strip();
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.isBlank()) {
            return "attachment";
        }
        if (result.codePointCount(0, result.length()) > MAX_LENGTH) {
            // keep the end, where the extension is
            int cut = result.offsetByCodePoints(result.length(), -MAX_LENGTH);
            result = result.substring(cut);
        }
        return result;
    }
}
