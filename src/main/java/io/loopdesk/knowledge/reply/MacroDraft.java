package io.loopdesk.knowledge.reply;

import io.loopdesk.knowledge.KnowledgeRefusedException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.value.ProgressLabel;
import io.loopdesk.ticket.value.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a macro does, in this order: take the ticket (if {@code takeTicket}), reply with template
 * {@code templateId}, record progress {@code progressLabel} with {@code progressDetails}, move to {@code status}.
 * Each part is optional; a macro does at least one thing.
 */
public record MacroDraft(
        String name,
        @Nullable Long templateId,
        @Nullable TicketStatus status,
        @Nullable ProgressLabel progressLabel,
        @Nullable String progressDetails,
        boolean takeTicket) {

    static final int MAX_NAME = 100;
    static final int MAX_DETAILS = 2000;

    public MacroDraft {
        name = name.strip();
        progressDetails = progressDetails == null || progressDetails.isBlank() ? null : progressDetails.strip();
    }

    MacroDraft checked() {
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add(new FieldProblem(
                    "name", "kb.macro.name.invalid", "A macro needs a name of 1-100 characters.", List.of(MAX_NAME)));
        }
        if (progressLabel != null && (progressDetails == null || progressDetails.length() > MAX_DETAILS)) {
            problems.add(new FieldProblem(
                    "progressDetails",
                    "kb.macro.progress.invalid",
                    "Progress needs details of 1-2000 characters.",
                    List.of(MAX_DETAILS)));
        }
        if (templateId == null && status == null && progressLabel == null && !takeTicket) {
            problems.add(new FieldProblem("name", "kb.macro.empty", "A macro must do something."));
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeRefusedException(problems);
        }
        return this;
    }
}
