package io.loopdesk.ticket;

import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.value.ProgressLabel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A progress report to record: the label, what was done in detail (required), and the expected and actual
 * completion times; parts replaced and on-site visits are noted too.
 *
 * @param customerVisible whether the customer sees it in their timeline; staff decide per record, since many are
 *     notes between colleagues
 */
public record ProgressEntry(
        ProgressLabel label,
        String details,
        @Nullable Instant estimatedCompletionAt,
        @Nullable Instant actualCompletionAt,
        @Nullable String partsReplaced,
        boolean onSiteVisit,
        boolean customerVisible) {

    static final int MAX_DETAILS = 20_000;

    /** Every problem with this entry, empty when it is fine. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (details.isBlank()) {
            problems.add(
                    new FieldProblem("details", "progress.details.required", "Describe what was done, step by step."));
        } else if (details.length() > MAX_DETAILS) {
            problems.add(new FieldProblem(
                    "details",
                    "progress.details.too-long",
                    "Details must not be longer than " + MAX_DETAILS + " characters."));
        }
        if (partsReplaced != null && partsReplaced.length() > 1000) {
            problems.add(new FieldProblem(
                    "partsReplaced",
                    "progress.partsReplaced.too-long",
                    "Parts replaced must not be longer than 1000 characters."));
        }
        return problems;
    }
}
