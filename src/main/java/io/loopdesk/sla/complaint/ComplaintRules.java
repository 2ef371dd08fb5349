package io.loopdesk.sla.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The complaint-tendency rules (seed 003 §7) as small functions; each answers with the evidence it found, to be
 * shown next to the flag.
 */
final class ComplaintRules {

    private ComplaintRules() {}

    /** 工单中明确要求电话沟通回复: the customer asks to be phoned. */
    static Optional<String> asksForPhoneCall(WordList words, String text) {
        return words.find(WordList.Section.PHONE_CALL, text);
    }

    /** 工单中有过激言语: abusive or heated words. */
    static Optional<String> heatedWords(WordList words, String text) {
        return words.find(WordList.Section.ABUSIVE, text).or(() -> words.find(WordList.Section.HEATED, text));
    }

    /**
     * 短时间连续多条: at least {@code count} customer messages within {@code window}.
     *
     * @param messages when the customer wrote, any order
     */
    static Optional<String> messageBurst(List<Instant> messages, int count, Duration window) {
        List<Instant> sorted = messages.stream().sorted().toList();
        for (int last = count - 1; last < sorted.size(); last++) {
            Instant first = sorted.get(last - count + 1);
            if (Duration.between(first, sorted.get(last)).compareTo(window) <= 0) {
                return Optional.of(count + " messages within "
                        + Duration.between(first, sorted.get(last)).toMinutes() + " min");
            }
        }
        return Optional.empty();
    }

    /**
     * 同样问题用户连续咨询三次以上: {@code ticket} and at least {@code count - 1} of the customer's other recent tickets
     * describe the same problem.
     */
    static Optional<String> repeatedProblem(ProblemSketch ticket, List<ProblemSketch> others, int count) {
        List<String> same = others.stream()
                .filter(other -> !other.number().equals(ticket.number()))
                .filter(ticket::sameProblemAs)
                .map(ProblemSketch::number)
                .toList();
        if (same.size() + 1 < count) {
            return Optional.empty();
        }
        return Optional.of("same problem as " + same.stream().collect(Collectors.joining(", ")));
    }
}
