package io.loopdesk.ticket.search;

import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.search.SearchAnalysis;
import io.loopdesk.ticket.Ticket;
import io.loopdesk.ticket.TicketValidationException;
import io.loopdesk.ticket.message.TicketMessage;
import io.loopdesk.ticket.progress.ProgressRecord;
import io.loopdesk.ticket.value.MessageKind;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
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
    /**
     * The newest tickets a list's text filter looks among first, per match it keeps; then eight times as many each
     * time fewer matched (a rare word ends in one last look at every ticket, which costs little for a rare word).
     */
    private static final int FIRST_SPAN_PER_MATCH = 16;

    private static final int SPAN_GROWTH = 8;

    private static final AggregationKey<Map<Long, Long>> TICKETS = AggregationKey.of("tickets");

    /** Documents read per ticket wanted on the search page: a ticket's messages often all match. */
    private static final int DOCUMENTS_PER_TICKET = 5;

    private final EntityManager entityManager;
    private final int matchLimit;
    private volatile @Nullable Analyzer analyzer;

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
        // Lucene visits documents oldest first, so "the newest n" made it collect every match of a common word (each
        // one newer than the last, none could be skipped): it looks among the newest tickets first, and further back
        // only while fewer than n tickets matched.
        Number newest = (Number)
                entityManager.createNativeQuery("select max(id) from ticket").getSingleResult();
        long span = (long) matchLimit * FIRST_SPAN_PER_MATCH;
        while (true) {
            long since = newest == null ? 0 : newest.longValue() - span;
            List<Long> found = newestMatches(words, within, customer, since);
            if (found.size() >= matchLimit || since <= 0) {
                return found;
            }
            span *= SPAN_GROWTH;
        }
    }

    /**
     * The newest matching tickets, newest first, at most {@code matchLimit}; ticket ids above {@code since} only (0:
     * all).
     */
    private List<Long> newestMatches(String words, @Nullable Collection<Long> within, boolean customer, long since) {
        // The list orders by its own columns, so no relevance is computed here: matching is a filter. The ids come
        // from the documents' column of ticket ids (an aggregation), not from each document's stored fields: reading
        // 2,000 stored documents was most of a common word's time, as each read unpacks a block of the store.
        Map<Long, Long> tickets = Search.session(entityManager)
                .search(List.of(Ticket.class, TicketMessage.class, ProgressRecord.class))
                .where(f -> f.bool(b -> {
                    b.filter(where(f, words, within, customer, false));
                    if (since > 0) {
                        b.filter(f.range().field("ticketId").greaterThan(since));
                    }
                }))
                .aggregation(
                        TICKETS,
                        f -> f.terms()
                                .field("ticketId", Long.class)
                                .orderByTermDescending()
                                .maxTermCount(matchLimit))
                .fetch(0)
                .aggregation(TICKETS);
        return List.copyOf(tickets.keySet());
    }

    /**
     * The {@code limit} tickets matching {@code text} best, each with where its words were found, marked. Found in
     * two steps: which tickets, by their best document, then the words marked ({@link WordMarks}) in the chosen
     * documents' texts and the chosen tickets' titles, read from the database (the index keeps no copy of them).
     */
    public List<TextMatch> best(String text, @Nullable Collection<Long> within, boolean customer, int limit) {
        String words = checked(text);
        if (within != null && within.isEmpty()) {
            return List.of();
        }
        List<List<?>> hits = new ArrayList<>(Search.session(entityManager)
                .search(List.of(Ticket.class, TicketMessage.class, ProgressRecord.class))
                .select(f -> f.composite(f.field("ticketId", Long.class), f.entityReference(), f.score()))
                .where(f -> where(f, words, within, customer, true))
                // by relevance alone and nobody is shown how many matched, so Lucene skips the blocks of documents
                // that cannot rank (a tie-break on another field made it score every match: half a million for a
                // phrase in one reply in ten)
                .totalHitCountThreshold(limit * DOCUMENTS_PER_TICKET)
                .fetchHits(limit * DOCUMENTS_PER_TICKET));
        // equally good matches newest ticket first (ids grow with time), among those found
        hits.sort(Comparator.comparing((List<?> hit) -> (Float) hit.get(2))
                .thenComparing(hit -> (Long) hit.get(0))
                .reversed());
        Map<Long, EntityReference> chosen = new LinkedHashMap<>();
        for (List<?> hit : hits) {
            if (chosen.size() < limit) {
                chosen.putIfAbsent((Long) hit.get(0), (EntityReference) hit.get(1));
            }
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        // the words marked in the chosen tickets' titles and in the text each was found by, read from the database
        WordMarks marks = new WordMarks(words, SNIPPET, textAnalyzer());
        Map<Long, String[]> own = new HashMap<>();
        entityManager
                .createQuery("select t.id, t.title, t.description from Ticket t where t.id in :ids", Object[].class)
                .setParameter("ids", chosen.keySet())
                .getResultList()
                .forEach(row -> own.put((Long) row[0], new String[] {(String) row[1], (String) row[2]}));
        Map<Long, String> replies = new HashMap<>();
        replies.putAll(texts(
                TicketMessage.class, "select m.id, m.body from TicketMessage m where m.id in :ids", chosen.values()));
        replies.putAll(texts(
                ProgressRecord.class,
                "select p.id, p.details from ProgressRecord p where p.id in :ids",
                chosen.values()));
        List<TextMatch> found = new ArrayList<>();
        chosen.forEach((ticketId, document) -> {
            String[] ticket = own.get(ticketId);
            if (ticket == null) {
                return; // deleted since it was indexed
            }
            String snippet = document.type().equals(Ticket.class)
                    ? marks.passage(ticket[1])
                    : marks.passage(replies.get((Long) document.id()));
            found.add(new TextMatch(ticketId, marks.passage(ticket[0]), snippet));
        });
        return found;
    }

    /** The analyser the index reads texts with, as the search backend holds it. */
    private Analyzer textAnalyzer() {
        Analyzer analyzer = this.analyzer;
        if (analyzer == null) {
            analyzer = Search.mapping(entityManager.getEntityManagerFactory())
                    .backend()
                    .unwrap(LuceneBackend.class)
                    .analyzer(SearchAnalysis.TEXT)
                    .orElseThrow(() -> new IllegalStateException("the search backend knows no analyser 'text'"));
            this.analyzer = analyzer;
        }
        return analyzer;
    }

    /** Document id to text of the chosen documents of {@code type}, read by {@code select} (id, text by ids). */
    private Map<Long, String> texts(Class<?> type, String select, Collection<EntityReference> chosen) {
        List<Object> ids = chosen.stream()
                .filter(r -> r.type().equals(type))
                .map(EntityReference::id)
                .toList();
        Map<Long, String> texts = new HashMap<>();
        if (!ids.isEmpty()) {
            entityManager
                    .createQuery(select, Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> texts.put((Long) row[0], (String) row[1]));
        }
        return texts;
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
