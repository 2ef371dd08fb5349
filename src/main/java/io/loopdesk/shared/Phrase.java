package io.loopdesk.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A text in no language yet: a message key and its arguments, rendered in the reader's language only when it is
 * read. Stored texts (notices) and refusals (domain errors) carry phrases, so each reader sees them in their own
 * language, whatever the language of whoever caused them.
 *
 * @param key a key of the message bundles, e.g. {@code sla.notice.complaint.body}
 * @param args what the message mentions, each a text kept as it is (a ticket title, a customer's words), a number,
 *     or a phrase itself translated (a reason, a status, an urgency)
 */
public record Phrase(String key, List<Object> args) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Phrase {
        if (key.isBlank()) {
            throw new IllegalArgumentException("A phrase needs a message key");
        }
        args = List.copyOf(args);
        for (Object arg : args) {
            if (!(arg instanceof String || arg instanceof Number || arg instanceof Phrase)) {
                throw new IllegalArgumentException("A phrase argument is a text, a number or a phrase, not "
                        + arg.getClass().getSimpleName());
            }
        }
    }

    /** The phrase of {@code key} with these arguments. */
    public static Phrase of(String key, Object... args) {
        return new Phrase(key, List.of(args));
    }

    /**
     * A text already written in its reader's language, shown as it is (a staff member's reply to a customer, an
     * e-mail subject quoting the ticket's title).
     */
    public static Phrase verbatim(String text) {
        return of("text.verbatim", text);
    }

    /**
     * The items joined two at a time by {@code joinKey} (e.g. {@code text.list}: "a, b" or "a、b"), from the right:
     * one item is itself.
     */
    public static Phrase join(String joinKey, List<Phrase> items) {
        Phrase joined = items.getLast();
        for (int i = items.size() - 2; i >= 0; i--) {
            joined = Phrase.of(joinKey, items.get(i), joined);
        }
        return joined;
    }

    /** The text in {@code locale}: translated arguments first, then the message; a missing key shows as itself. */
    public String render(MessageSource messages, Locale locale) {
        return render(messages, locale, key);
    }

    /** The text in {@code locale}, or {@code fallback} when the bundles lack the key. */
    public String render(MessageSource messages, Locale locale, String fallback) {
        Object[] rendered = args.stream()
                .map(arg -> arg instanceof Phrase phrase ? phrase.render(messages, locale) : arg)
                .toArray();
        // no arguments: the message is not a MessageFormat pattern, as for every other caller of the bundles
        return messages.getMessage(key, rendered.length == 0 ? null : rendered, fallback, locale);
    }

    /** The phrase as JSON, e.g. {@code {"key":"a.b","args":["x",3,{"key":"c.d","args":[]}]}}. */
    public String toJson() {
        return JSON.writeValueAsString(tree());
    }

    /** The phrase {@link #toJson} wrote. */
    public static Phrase fromJson(String json) {
        return from(JSON.readTree(json));
    }

    private ObjectNode tree() {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", key);
        ArrayNode values = node.putArray("args");
        for (Object arg : args) {
            switch (arg) {
                case Phrase phrase -> values.add(phrase.tree());
                case Long number -> values.add(number);
                case Integer number -> values.add(number);
                case Number number -> values.add(number.doubleValue());
                default -> values.add(arg.toString());
            }
        }
        return node;
    }

    private static Phrase from(JsonNode node) {
        List<Object> args = new ArrayList<>();
        for (JsonNode arg : node.path("args")) {
            if (arg.isObject()) {
                args.add(from(arg));
            } else if (arg.isIntegralNumber()) {
                args.add(arg.longValue());
            } else if (arg.isNumber()) {
                args.add(arg.doubleValue());
            } else {
                args.add(arg.asString());
            }
        }
        return new Phrase(node.path("key").asString(), args);
    }
}
