package io.loopdesk.routing.transfer;

import io.loopdesk.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * What the next person must know when a ticket changes hands (seed 003): what was found so far and what they must
 * do next. Both are required; a bare "please handle" is not a handover.
 */
public record HandoverNote(String found, String nextSteps) {

    static final int MIN = 5;
    static final int MAX = 2000;

    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, "found", found, "What was found so far");
        check(problems, "nextSteps", nextSteps, "What the next person must do");
        return problems;
    }

    String text() {
        return "Found: " + found.strip() + "\nNext: " + nextSteps.strip();
    }

    private static void check(List<FieldProblem> problems, String field, String value, String label) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.codePointCount(0, stripped.length()) < MIN) {
            problems.add(new FieldProblem(
                    field,
                    "routing.handover." + field + ".required",
                    label + " is required for a handover (at least " + MIN + " characters).",
                    List.of(MIN)));
        } else if (stripped.length() > MAX) {
            problems.add(new FieldProblem(
                    field,
                    "routing.handover." + field + ".too-long",
                    label + " must not be longer than " + MAX + " characters.",
                    List.of(MAX)));
        }
    }
}
