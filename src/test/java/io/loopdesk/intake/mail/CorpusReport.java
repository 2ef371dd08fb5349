package io.loopdesk.intake.mail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outcome of every corpus message, per set, and the pass-rate report made of them. */
final class CorpusReport {

    private enum Status {
        EQUAL,
        DIVERGES_AS_DOCUMENTED,
        /** In a set without expectations: rejected with a reason, as it should be when unreadable. */
        REJECTED_WITH_REASON,
        FAILED,
        REJECTED,
        CRASHED
    }

    private record Outcome(String file, Status status, String detail) {}

    private final Map<String, List<Outcome>> sets = new LinkedHashMap<>();

    /** In a set without expectations: parsed without error. */
    void parsed(String set, Path file) {
        add(set, file, Status.EQUAL, "");
    }

    void compared(String set, Path file, List<String> differences, List<String> divergences) {
        if (!differences.isEmpty()) {
            add(set, file, Status.FAILED, String.join(", ", differences));
        } else if (!divergences.isEmpty()) {
            add(set, file, Status.DIVERGES_AS_DOCUMENTED, String.join("; ", divergences));
        } else {
            add(set, file, Status.EQUAL, "");
        }
    }

    /** @param acceptable whether the set has no expectations, so a rejection with a reason is a pass */
    void rejected(String set, Path file, MailRejectedException rejection, boolean acceptable) {
        add(set, file, acceptable ? Status.REJECTED_WITH_REASON : Status.REJECTED, rejection.getMessage());
    }

    void crashed(String set, Path file, Throwable crash) {
        add(set, file, Status.CRASHED, crash.toString());
    }

    /** Messages that parsed as expected or differed only as documented; in a set without expectations, also
     * messages rejected with a reason. */
    long passed(String set) {
        return sets.getOrDefault(set, List.of()).stream()
                .filter(outcome -> outcome.status().ordinal() <= Status.REJECTED_WITH_REASON.ordinal())
                .count();
    }

    int total(String set) {
        return sets.getOrDefault(set, List.of()).size();
    }

    List<String> crashed() {
        return sets.values().stream()
                .flatMap(List::stream)
                .filter(outcome -> outcome.status() == Status.CRASHED)
                .map(outcome -> outcome.file() + ": " + outcome.detail())
                .toList();
    }

    String format() {
        StringBuilder text = new StringBuilder("Mail corpus report\n");
        sets.forEach((set, outcomes) -> {
            text.append(String.format(
                    "%n%s: %d/%d passed (%d as expected, %d with documented divergences, %d rejected with a reason"
                            + " where nothing is expected); %d failed, %d rejected, %d crashed%n",
                    set,
                    passed(set),
                    outcomes.size(),
                    count(outcomes, Status.EQUAL),
                    count(outcomes, Status.DIVERGES_AS_DOCUMENTED),
                    count(outcomes, Status.REJECTED_WITH_REASON),
                    count(outcomes, Status.FAILED),
                    count(outcomes, Status.REJECTED),
                    count(outcomes, Status.CRASHED)));
            for (Status status : Status.values()) {
                outcomes.stream()
                        .filter(outcome -> outcome.status() == status && status != Status.EQUAL)
                        .forEach(outcome -> text.append(
                                String.format("  %-22s %s: %s%n", status, outcome.file(), outcome.detail())));
            }
        });
        return text.toString();
    }

    private static long count(List<Outcome> outcomes, Status status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }

    private void add(String set, Path file, Status status, String detail) {
        sets.computeIfAbsent(set, key -> new ArrayList<>())
                .add(new Outcome(file.getFileName().toString(), status, detail));
    }
}
