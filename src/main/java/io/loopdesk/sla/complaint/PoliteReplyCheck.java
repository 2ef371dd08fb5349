package io.loopdesk.sla.complaint;

import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.OutgoingReplyCheck;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Staff never send abusive words (seed 003 §4: 禁止出现脏话、辱骂客户行为): a public reply with a word of the
 * list's abusive section is refused before any customer reads it.
 */
@Component
class PoliteReplyCheck implements OutgoingReplyCheck {

    private final WordList words;

    PoliteReplyCheck(WordList words) {
        this.words = words;
    }

    @Override
    public List<FieldProblem> problemsWith(long tenantId, String body) {
        return words.find(WordList.Section.ABUSIVE, body)
                .map(word -> List.of(new FieldProblem(
                        "body",
                        "message.body.abusive",
                        "The reply was not sent: it contains \"" + word
                                + "\", a word customers must never read. Rephrase it politely.",
                        List.of(word))))
                .orElse(List.of());
    }
}
