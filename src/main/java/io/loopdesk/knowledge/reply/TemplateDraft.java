package io.loopdesk.knowledge.reply;

import io.loopdesk.knowledge.KnowledgeRefusedException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.value.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an editor writes for a reply template. */
public record TemplateDraft(
        String name,
        String body,
        @Nullable TicketStatus status,
        @Nullable String category,
        Numbering numbering,
        @Nullable String language) {

    /** The languages templates are written in: those Loopdesk speaks. */
    public static final List<String> LANGUAGES = List.of("zh", "en");

    static final int MAX_NAME = 100;
    static final int MAX_BODY = 5000;

    /** A template offered whatever the ticket's language. */
    public TemplateDraft(
            String name, String body, @Nullable TicketStatus status, @Nullable String category, Numbering numbering) {
        this(name, body, status, category, numbering, null);
    }

    public TemplateDraft {
        language = language == null || language.isBlank() ? null : language.strip();
        name = name.strip();
        body = body.strip().replace("\r\n", "\n");
        category = category == null || category.isBlank() ? null : category.strip();
    }

    /** This draft, or the refusal naming each field that is wrong. */
    TemplateDraft checked() {
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add(new FieldProblem(
                    "name",
                    "kb.template.name.invalid",
                    "A template needs a name of 1-100 characters.",
                    List.of(MAX_NAME)));
        }
        if (body.isEmpty() || body.length() > MAX_BODY) {
            problems.add(new FieldProblem(
                    "body",
                    "kb.template.body.invalid",
                    "A template needs a text of 1-5000 characters.",
                    List.of(MAX_BODY)));
        } else {
            List<String> unknown = TemplateText.unknownVariables(body);
            if (!unknown.isEmpty()) {
                problems.add(new FieldProblem(
                        "body",
                        "kb.template.body.variables",
                        "Unknown variables: " + String.join(" ", unknown),
                        List.of(String.join(" ", unknown))));
            }
        }
        if (language != null && !LANGUAGES.contains(language)) {
            problems.add(new FieldProblem(
                    "language", "kb.template.language", "A template is written in Chinese (zh) or English (en)."));
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeRefusedException(problems);
        }
        return this;
    }
}
