package io.loopdesk.knowledge.reply;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template's text made into a reply: each {@code {variable}} replaced by its value for the ticket, and each run of
 * lines starting with {@code "- "} numbered as points (1. 2. 3. or 一、二、三、), counting again after any other
 * line.
 */
public final class TemplateText {

    /** The variables a template may use. */
    public static final Set<String> VARIABLES = Set.of("customer", "number", "eta", "agent", "product", "title");

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");
    private static final String POINT = "- ";

    private TemplateText() {}

    /** The text with its variables filled from {@code values} and its points numbered. */
    public static String render(String text, Map<String, String> values, Numbering numbering) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(filled);
        List<String> lines = new ArrayList<>();
        int point = 0;
        for (String line : filled.toString().split("\n", -1)) {
            if (line.startsWith(POINT)) {
                point++;
                lines.add(
                        numbering.marker(point) + line.substring(POINT.length()).strip());
            } else {
                point = 0;
                lines.add(line);
            }
        }
        return String.join("\n", lines);
    }

    /** The {@code {names}} in {@code text} that are not {@link #VARIABLES}, in order of appearance. */
    public static List<String> unknownVariables(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            if (!VARIABLES.contains(matcher.group(1))) {
                unknown.add(matcher.group());
            }
        }
        return List.copyOf(unknown);
    }
}
