package io.loopdesk.ticket.search;

import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.Ticket;
import io.loopdesk.ticket.TicketValidationException;
import io.loopdesk.ticket.message.TicketMessage;
import io.loopdesk.ticket.progress.ProgressRecord;
import io.loopdesk.ticket.value.MessageKind;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Asks the search index which of the current tenant's tickets hold every word of a text in their title, their
 * description, a message or a progress record, best first, a ticket whose title holds every word before one that only mentions them. The words are
 * segmented like the indexed text (Chinese into words, Traditional folded to Simplified), so 無法登錄 finds 无法登录.
 * Operators a person may type ({@code "…"} for a phrase, {@code -word} to exclude, {@code a | b} for either) work;
 * anything else, punctuation included, is taken as words and never refused as syntax. Runs in the caller's
 * transaction and tenant.
 */
@Component
public class TicketTextSearch {

    /** The longest text a person may look for; a longer one is refused (400) rather than cut where nobody sees. */
    public static final int MAX_QUERY = 200;

    private static final int SNIPPET = 160;
    private static final float TITLE_BONUS = 10f;
    /** Documents read per ticket wanted on the search page: a ticket's messages often all match. */
    private static final int DOCUMENTS_PER_TICKET = 5;

    private static final List<@Nullable String> NOTHING_MARKED = java.util.Arrays.asList(null, null);

    private final EntityManager entityManager;
    private final int matchLimit;

    TicketTextSearch(EntityManager entityManager, @Value("${loopdesk.search.ticket-matches:2000}") int matchLimit) {
        this.entityManager = entityManager;
        this.matchLimit = matchLimit;
    }

    /** How many tickets a list's text filter keeps from each look-up ({@code loopdesk.search.ticket-matches}). */
    public int matchLimit() {
        return matchLimit;
    }

    /**
     * The ids of the tickets matching {@code text}, newest first, at most {@code loopdesk.search.ticket-matches}: what
     * the list's text filter keeps. Only tickets in {@code within} if given; a {@code customer} is matched on what
     * they may read (public replies and the progress records shown to them, not internal notes).
     */
    public List<Long> matching(String text, @Nullable Collection<Long> within, boolean customer) {
        String words = checked(text);
        if (within != null && within.isEmpty()) {
            return List.of();
        }
        // the list orders by its own columns, so no relevance is computed here: matching is a filter, and the
        // newest matches are kept, which lets Lucene skip documents that cannot be among them rather than rank all
        List<Long> found = Search.session(entityManager)
                .search(List.of(Ticket.class, TicketMessage.class, ProgressRecord.class))
                .select(f -> f.field("ticketId", Long.class))
                .where(f -> f.bool(b -> b.filter(where(f, words, within, customer, false))))
                .sort(f -> f.field("ticketId").desc())
                .totalHitCountThreshold(matchLimit)
                .fetchHits(matchLimit);
        return found.stream().distinct().toList();
    }

    /**
     * The {@code limit} tickets matching {@code text} best, each with where its words were found, marked. Found in
     * two steps: which tickets, by their best document (unmarked: the plain highlighter segments a document's text
     * again, so marking every candidate cost more than finding them), then the words marked in the chosen documents
     * and in the chosen tickets' titles only.
     */
    public List<TextMatch> best(String text, @Nullable Collection<Long> within, boolean customer, int limit) {
        String words = checked(text);
        if (within != null && within.isEmpty()) {
            return List.of();
        }
        SearchSession session = Search.session(entityManager);
        List<List<?>> hits = session.search(List.of(Ticket.class, TicketMessage.class, ProgressRecord.class))
                .select(f -> f.composite(f.field("ticketId", Long.class), f.entityReference()))
                .where(f -> where(f, words, within, customer, true))
                .sort(TicketTextSearch::bestThenNewest)
                // nobody is shown how many matched, so Lucene may skip blocks of documents that cannot rank
                .totalHitCountThreshold(limit * DOCUMENTS_PER_TICKET)
                .fetchHits(limit * DOCUMENTS_PER_TICKET);
        Map<Long, EntityReference> chosen = new LinkedHashMap<>();
        for (List<?> hit : hits) {
            if (chosen.size() < limit) {
                chosen.putIfAbsent((Long) hit.get(0), (EntityReference) hit.get(1));
            }
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        // each chosen ticket's own document gives its title, and its description when that was where it matched best
        Map<Long, List<@Nullable String>> own =
                marked(session, Ticket.class, List.of("title", "text"), words, chosen.keySet());
        Map<Long, List<@Nullable String>> replies = new HashMap<>();
        for (Class<?> type : List.of(TicketMessage.class, ProgressRecord.class)) {
            List<Object> ids = chosen.values().stream()
                    .filter(r -> r.type().equals(type))
                    .map(EntityReference::id)
                    .toList();
            if (!ids.isEmpty()) {
                replies.putAll(marked(session, type, List.of("text"), words, ids));
            }
        }
        List<TextMatch> found = new ArrayList<>();
        chosen.forEach((ticketId, document) -> {
            List<@Nullable String> ticket = own.getOrDefault(ticketId, NOTHING_MARKED);
            String snippet = document.type().equals(Ticket.class)
                    ? ticket.get(1)
                    : replies.getOrDefault(ticketId, NOTHING_MARKED).get(0);
            found.add(new TextMatch(ticketId, ticket.get(0), snippet));
        });
        return found;
    }

    /**
     * Ticket id to {@code fields} of the documents of {@code type} with these ids, the words marked where found, in
     * the order of {@code fields}; null for a field without them (the documents were chosen by a query that kept a
     * customer's to what they may read).
     */
    private static Map<Long, List<@Nullable String>> marked(
            SearchSession session, Class<?> type, List<String> fields, String words, Collection<?> ids) {
        List<List<?>> hits = session.search(type)
                .select(f -> {
                    List<ProjectionFinalStep<?>> parts = new ArrayList<>();
                    parts.add(f.field("ticketId", Long.class));
                    fields.forEach(field -> parts.add(f.highlight(field).single()));
                    return f.composite(parts.toArray(ProjectionFinalStep<?>[]::new));
                })
                .where(f -> f.bool(b -> {
                    b.filter(f.id().matchingAny(ids));
                    b.should(f.simpleQueryString()
                            .fields(fields.toArray(String[]::new))
                            .matching(words)
                            .defaultOperator(BooleanOperator.AND));
                }))
                .highlighter(h -> h.plain()
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .fragmentSize(SNIPPET)
                        .numberOfFragments(1))
                .fetchHits(ids.size());
        Map<Long, List<@Nullable String>> marked = new HashMap<>();
        for (List<?> hit : hits) {
            List<@Nullable String> texts = new ArrayList<>();
            for (int i = 1; i < hit.size(); i++) {
                texts.add(joined((String) hit.get(i)));
            }
            marked.putIfAbsent((Long) hit.get(0), texts);
        }
        return marked;
    }

    private static PredicateFinalStep where(
            SearchPredicateFactory f,
            String words,
            @Nullable Collection<Long> within,
            boolean customer,
            boolean ranked) {
        return f.bool(b -> {
            b.must(f.simpleQueryString()
                    .field("title")
                    .field("text")
                    .matching(words)
                    .defaultOperator(BooleanOperator.AND));
            // a fixed bonus for a title holding every word: word statistics are shared by every tenant's documents
            // and messages outnumber titles, so the words' own weights alone could rank a mention above the title
            if (ranked) {
                b.should(f.simpleQueryString()
                        .field("title")
                        .matching(words)
                        .defaultOperator(BooleanOperator.AND)
                        .constantScore()
                        .boost(TITLE_BONUS));
            }
            if (within != null) {
                b.filter(f.terms().field("ticketId").matchingAny(within));
            }
            if (customer) {
                b.mustNot(f.match().field("kind").matching(MessageKind.INTERNAL_NOTE));
                b.mustNot(f.match().field("customerVisible").matching(false));
            }
        });
    }

    /** Equally good matches newest ticket first (ids grow with time). */
    private static SortFinalStep bestThenNewest(SearchSortFactory f) {
        return f.score().then().field("ticketId").desc();
    }

    /** One mark over a word smartcn split in two (开锁 → 开, 锁) rather than two marks side by side. */
    private static @Nullable String joined(@Nullable String highlighted) {
        return highlighted == null ? null : highlighted.replace("</mark><mark>", "");
    }

    private static String checked(String text) {
        String stripped = text.strip();
        if (stripped.length() > MAX_QUERY) {
            throw new TicketValidationException(List.of(new FieldProblem(
                    "q",
                    "ticket.search.too-long",
                    "A search is at most " + MAX_QUERY + " characters long.",
                    List.of(MAX_QUERY))));
        }
        return stripped;
    }

    /**
     * A ticket found by its text: its title with the words marked if they are in it, and a passage of its
     * description, a message or a progress record with the words marked (HTML, the text escaped).
     */
    public record TextMatch(
            long ticketId,
            @Nullable String titleHtml,
            @Nullable String snippetHtml) {

        /** The title as HTML: marked if the words are in it, else escaped as it is. */
        public String titleHtmlOr(String title) {
            return titleHtml != null ? titleHtml : Entities.escape(title);
        }
    }
}
