package io.loopdesk.reporting.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns table titles into the sheet names of one workbook, by Excel's rules: 1 to 31 characters, none of
 * {@code [ ] : * ? / \}, no apostrophe at either end, not the reserved "History", and unique regardless of case.
 * Excel refuses to open a workbook that breaks one of them, so a title that does is changed, never refused.
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private static final String FORBIDDEN = "[]:*?/\\";

    /** The names given so far, lower-cased: Excel compares sheet names without regard to case. */
    private final Set<String> taken = new HashSet<>();

    /** A name for the next sheet, made from {@code title}; a repeated one gets " (2)", " (3)"… as Excel does. */
    String next(String title) {
        String base = clean(title);
        String name = base;
        for (int copy = 2; !taken.add(name.toLowerCase(Locale.ROOT)); copy++) {
            String suffix = " (" + copy + ")";
            name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        return name;
    }

    private static String clean(String title) {
        StringBuilder clean = new StringBuilder(title.length());
        title.codePoints().forEach(c -> {
            if (FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c)) {
                clean.append('_');
            } else {
                clean.appendCodePoint(c);
            }
        });
        String name = cut(clean.toString().strip(), MAX_LENGTH);
        // an apostrophe at either end is what Excel quotes sheet names with in formulas
        name = name.replaceAll("^'+|'+$", "").strip();
        if (name.isEmpty()) {
            return "Sheet";
        }
        return name.equalsIgnoreCase("History") ? name + "_" : name;
    }

    /** At most {@code length} UTF-16 units, as Excel counts, without splitting a character outside the BMP. */
    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }
}
