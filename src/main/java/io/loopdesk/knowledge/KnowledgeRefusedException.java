package io.loopdesk.knowledge;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** A knowledge base action that cannot be done, with the reason in the reader's language. */
public class KnowledgeRefusedException extends DomainException {

    public KnowledgeRefusedException(Kind kind, String key, String message, Object... args) {
        super(kind, Phrase.of(key, args), message, List.of());
    }

    public KnowledgeRefusedException(List<FieldProblem> problems) {
        super(Kind.INVALID, "The article has mistakes.", problems);
    }

    static KnowledgeRefusedException notFound(long id) {
        return new KnowledgeRefusedException(Kind.NOT_FOUND, "error.kb.article.notFound", "No article " + id + ".", id);
    }
}
