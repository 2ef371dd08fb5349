package io.loopdesk.shared.web;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Phrase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns refused fields into messages for a form, in the reader's language: {@code error.<code>} from the bundles,
 * or the domain's English text when a code has no translation yet.
 */
@Component
public class FieldMessages {

    private final MessageSource messages;

    FieldMessages(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A refusal as a page says it, in the page's language: its field messages, else its own phrase, else its
     * English message.
     */
    public String refusal(DomainException refused) {
        if (!refused.problems().isEmpty()) {
            return String.join(" ", of(refused.problems()).values());
        }
        Phrase phrase = refused.phrase();
        return phrase == null ? refused.getMessage() : of(phrase, refused.getMessage());
    }

    /** The phrase in the page's language, or {@code fallback} when the bundles lack its key. */
    public String of(Phrase phrase, String fallback) {
        return phrase.render(messages, LocaleContextHolder.getLocale(), fallback);
    }

    /** Field name to message, first problem per field, in the order the problems came. */
    public Map<String, String> of(List<FieldProblem> problems) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            byField.putIfAbsent(
                    problem.field(),
                    messages.getMessage(
                            "error." + problem.code(), problem.args().toArray(), problem.message(), locale));
        }
        return byField;
    }
}
