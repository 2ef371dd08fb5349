package io.loopdesk.sla.complaint;

import io.loopdesk.shared.Phrase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The complaint-tendency rules (seed 003 §7) as small functions; each answers with the evidence it found, to be
 * shown next to the flag in the reader's language.
 */
final class ComplaintRules {

    private ComplaintRules() {}

    /** 工单中明确要求电话沟通回复: the customer asks to be phoned. */
    static Optional<Phrase> asksForPhoneCall(WordList words, String text) {
        return words.find(WordList.Section.PHONE_CALL, text).map(ComplaintRules::words);
    }

    /** 工单中有过激言语: abusive or heated words. */
    static Optional<Phrase> heatedWords(WordList words, String text) {
        return words.find(WordList.Section.ABUSIVE, text)
                .or(() -> words.find(WordList.Section.HEATED, text))
                .map(ComplaintRules::words);
    }

    /** The customer's own words that set a rule off, quoted. */
    private static Phrase words(String found) {
        return Phrase.of("sla.complaint.evidence.words", found);
    }

    /**
     * 短时间连续多条: at least {@code count} customer messages within {@code window}.
     *
     * @param messages when the customer wrote, any order
     */
    static Optional<Phrase> messageBurst(List<Instant> messages, int count, Duration window) {
        List<Instant> sorted = messages.stream().sorted().toList();
        for (int last = count - 1; last < sorted.size(); last++) {
            Instant first = sorted.get(last - count + 1);
            if (Duration.between(first, sorted.get(last)).compareTo(window) <= 0) {
                return Optional.of(Phrase.of(
                        "sla.complaint.evidence.burst",
                        count,
                        Duration.between(first, sorted.get(last)).toMinutes()));
            }
        }
        return Optional.empty();
    }

    /**
     * 同样问题用户连续咨询三次以上: {@code ticket} and at least {@code count - 1} of the customer's other recent tickets
     * describe the same problem.
     */
    static Optional<Phrase> repeatedProblem(ProblemSketch ticket, List<ProblemSketch> others, int count) {
        List<String> same = others.stream()
                .filter(other -> !other.number().equals(ticket.number()))
                .filter(ticket::sameProblemAs)
                .map(ProblemSketch::number)
                .toList();
        if (same.size() + 1 < count) {
            return Optional.empty();
        }
        return Optional.of(Phrase.of("sla.complaint.evidence.sameProblem", String.join(", ", same)));
    }
}
