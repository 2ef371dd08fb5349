package io.loopdesk.tenant;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A playbook as typed: keywords separated by commas (either width), steps one per line.
 *
 * @param category a category code, or empty for none
 */
// serializable: a refused draft travels back to the page as a flash attribute in the session
public record PlaybookDraft(
        String name, PlaybookKind kind, @Nullable String category, String keywords, String steps)
        implements Serializable {

    /** An empty form. */
    public static PlaybookDraft blank() {
        return new PlaybookDraft("", PlaybookKind.RETURNS, "", "", "");
    }

    List<String> keywordList() {
        return Arrays.stream(keywords.split("[,，、]"))
                .map(String::strip)
                .filter(word -> !word.isEmpty())
                .distinct()
                .toList();
    }

    List<String> stepList() {
        return steps.lines().map(String::strip).filter(step -> !step.isEmpty()).toList();
    }

    @Nullable
    String categoryCode() {
        return category == null || category.isBlank() ? null : category.strip();
    }
}
