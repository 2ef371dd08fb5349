package io.loopdesk.knowledge;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What changed from one version of an article to the next: each field that changed, before and after, and the body
 * as its blocks of text (paragraphs, list items, headings, code), each kept, removed or added. Editors read it
 * before they approve or roll back.
 *
 * @param number the later version; {@code number - 1} is the one compared with (none for version 1)
 */
public record ArticleDiff(int number, List<FieldChange> fields, List<Line> body) {

    /** A field whose value changed; either side may be empty. */
    public record FieldChange(String field, String before, String after) {}

    /** One block of the body's text and whether it stayed, went or came. */
    public record Line(Change change, String text) {}

    /** What happened to a block of text. */
    public enum Change {
        KEPT,
        REMOVED,
        ADDED
    }

    /** Whether any block of the body was removed or added. */
    public boolean bodyChanged() {
        return body.stream().anyMatch(line -> line.change() != Change.KEPT);
    }

    /** The changes from {@code before} (null for a first version) to {@code after}. */
    static ArticleDiff between(int number, @Nullable ArticleDraft before, ArticleDraft after) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "title", before == null ? null : before.title(), after.title());
        field(
                fields,
                "kind",
                before == null ? null : before.kind().name(),
                after.kind().name());
        field(fields, "category", before == null ? null : before.category(), after.category());
        field(fields, "product", before == null ? null : before.product(), after.product());
        field(fields, "language", before == null ? null : before.language(), after.language());
        field(
                fields,
                "tags",
                before == null ? null : String.join(", ", before.tags()),
                String.join(", ", after.tags()));
        field(fields, "videoUrl", before == null ? null : before.videoUrl(), after.videoUrl());
        return new ArticleDiff(
                number,
                fields,
                lines(
                        before == null ? List.of() : ArticleBody.blocks(before.body()),
                        ArticleBody.blocks(after.body())));
    }

    private static void field(List<FieldChange> fields, String name, @Nullable String before, @Nullable String after) {
        String was = before == null ? "" : before;
        String is = after == null ? "" : after;
        if (!Objects.equals(was, is)) {
            fields.add(new FieldChange(name, was, is));
        }
    }

    private static List<Line> lines(List<String> before, List<String> after) {
        List<Line> lines = new ArrayList<>();
        int kept = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            for (int i = kept; i < delta.getSource().getPosition(); i++) {
                lines.add(new Line(Change.KEPT, before.get(i)));
            }
            delta.getSource().getLines().forEach(text -> lines.add(new Line(Change.REMOVED, text)));
            delta.getTarget().getLines().forEach(text -> lines.add(new Line(Change.ADDED, text)));
            kept = delta.getSource().getPosition() + delta.getSource().size();
        }
        for (int i = kept; i < before.size(); i++) {
            lines.add(new Line(Change.KEPT, before.get(i)));
        }
        return lines;
    }
}
