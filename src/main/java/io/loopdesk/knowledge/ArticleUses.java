package io.loopdesk.knowledge;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.TicketQueries;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Articles put into replies: an agent on a ticket takes a published article's text or link for the reply being
 * written, and the article is linked to the ticket (once per ticket), so editors see which articles answer most
 * tickets.
 */
@Service
public class ArticleUses {

    private final ArticleRepository articles;
    private final TicketQueries tickets;
    private final Tenants tenants;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String publicUrl;

    ArticleUses(
            ArticleRepository articles,
            TicketQueries tickets,
            Tenants tenants,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            Clock clock,
            @Value("${loopdesk.public-url:http://localhost:8080}") String publicUrl) {
        this.articles = articles;
        this.tickets = tickets;
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * The text to put into the reply on ticket {@code ticketNumber}: published article {@code articleId} as
     * {@code as}; the article is linked to the ticket. A ticket the agent may not see, or an article that is not
     * published, is not found.
     */
    public String insert(long articleId, String ticketNumber, Insertion as, Actor actor) {
        Articles.check(actor, Articles.READERS);
        // the ticket must be one this agent may see (not found otherwise)
        tickets.idOf(ticketNumber, actor);
        return TenantScope.of(
                actor,
                () -> transactions.execute(status -> {
                    Article article = articles.findById(articleId)
                            .filter(found -> found.status() == ArticleStatus.PUBLISHED)
                            .orElseThrow(() -> KnowledgeRefusedException.notFound(articleId));
                    jdbc.sql("insert into kb_ticket_link (tenant_id, article_id, ticket_number, linked_by, linked_at)"
                                    + " values (?, ?, ?, ?, ?) on conflict do nothing")
                            .params(
                                    article.tenantId(),
                                    articleId,
                                    ticketNumber,
                                    actor.userId(),
                                    java.sql.Timestamp.from(clock.instant()))
                            .update();
                    ArticleView view = article.view();
                    return switch (as) {
                        case TEXT -> view.title() + "\n\n" + String.join("\n", ArticleBody.blocks(view.body()));
                        case LINK ->
                            view.title() + "\n" + publicUrl + "/help/" + tenantCode(article.tenantId()) + "/articles/"
                                    + articleId;
                    };
                }));
    }

    /** On how many tickets each of the desk's articles {@code ids} was used. */
    public Map<Long, Long> ticketCounts(List<Long> ids, Actor actor) {
        Articles.check(actor, Articles.READERS);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select article_id, count(*) from kb_ticket_link where tenant_id = :tenant"
                        + " and article_id in (:ids) group by article_id")
                .param("tenant", actor.tenantId())
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The titles of the articles used on ticket {@code ticketNumber}, by id. */
    public Map<Long, String> usedOn(String ticketNumber, Actor actor) {
        Articles.check(actor, Articles.READERS);
        return jdbc
                .sql("select a.id, a.title from kb_ticket_link l join kb_article a on a.id = l.article_id"
                        + " where l.tenant_id = ? and l.ticket_number = ? order by l.linked_at")
                .params(actor.tenantId(), ticketNumber)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private String tenantCode(long tenantId) {
        return tenants.byId(tenantId)
                .orElseThrow(() -> new KnowledgeRefusedException(
                        DomainException.Kind.NOT_FOUND, "error.kb.article.notFound", "No tenant " + tenantId + "."))
                .code();
    }
}
