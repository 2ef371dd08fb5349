package io.loopdesk.knowledge.proposal;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.knowledge.ArticleBody;
import io.loopdesk.knowledge.ArticleDraft;
import io.loopdesk.knowledge.ArticleKind;
import io.loopdesk.knowledge.ArticleStatus;
import io.loopdesk.knowledge.ArticleView;
import io.loopdesk.knowledge.Articles;
import io.loopdesk.knowledge.KnowledgeRefusedException;
import io.loopdesk.notification.Notifications;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.TicketQueries;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Articles proposed from tickets. Anyone at the desk proposes (the ticket must be theirs to see); editors are told,
 * and approve (a new article becomes a draft in review, a change the article's next version, either as the editor
 * last edited it) or reject with a reason; the proposer is told the outcome.
 */
@Service
public class ArticleProposals {

    /** The most proposals a list shows. */
    public static final int LIST_SIZE = 200;

    static final int MAX_NOTE = 500;
    static final int MAX_TITLE = 200;

    private final ArticleProposalRepository proposals;
    private final Articles articles;
    private final TicketQueries tickets;
    private final Tenants tenants;
    private final UserAccounts users;
    private final Notifications notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ArticleProposals(
            ArticleProposalRepository proposals,
            Articles articles,
            TicketQueries tickets,
            Tenants tenants,
            UserAccounts users,
            Notifications notifications,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.proposals = proposals;
        this.articles = articles;
        this.tickets = tickets;
        this.tenants = tenants;
        this.users = users;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Proposes a new article ({@code articleId} null) or a change to article {@code articleId}, from ticket
     * {@code ticketNumber}; the body is kept only as far as it is safe ({@link ArticleBody}).
     */
    public ProposalView propose(
            String ticketNumber,
            @Nullable Long articleId,
            String title,
            String body,
            @Nullable String note,
            Actor actor) {
        Articles.check(actor, Articles.READERS);
        tickets.idOf(ticketNumber, actor);
        if (articleId != null) {
            articles.get(articleId, actor);
        }
        String cleanBody = ArticleBody.clean(body);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (title.isBlank() || title.strip().length() > MAX_TITLE) {
            problems.add(new FieldProblem(
                    "title", "kb.article.title.invalid", "An article needs a title of 1-200 characters."));
        }
        if (ArticleBody.text(cleanBody).isBlank()) {
            problems.add(new FieldProblem("body", "kb.article.body.empty", "Write the article's text."));
        } else if (cleanBody.length() > ArticleBody.MAX_LENGTH) {
            problems.add(new FieldProblem(
                    "body", "kb.article.body.too-long", "The text is too long.", List.of(ArticleBody.MAX_LENGTH)));
        }
        if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
            problems.add(new FieldProblem(
                    "note", "kb.proposal.note.tooLong", "A note is at most 500 characters long.", List.of(MAX_NOTE)));
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeRefusedException(problems);
        }
        return inScope(actor, () -> {
            ArticleProposal proposal = proposals.saveAndFlush(new ArticleProposal(
                    actor.tenantId(),
                    ticketNumber,
                    articleId,
                    title.strip(),
                    cleanBody,
                    cleanNote,
                    actor.userId(),
                    clock.instant()));
            ProposalView view = proposal.view();
            notifications.sendToStaff(
                    proposal.tenantId(),
                    users.withAnyRole(proposal.tenantId(), Articles.EDITORS),
                    Phrase.of("kb.proposal.notice.subject", view.title()),
                    Phrase.of(
                            "kb.proposal.notice.body", actor.name(), view.title(), "/knowledge/proposals/" + view.id()),
                    ticketNumber,
                    null);
            return view;
        });
    }

    /**
     * Approves a proposal with the title and body the editor settled on: a new article is written as a draft in
     * review, a change as the article's next version. Returns the article.
     */
    public ArticleView approve(long id, String title, String body, Actor editor) {
        Articles.check(editor, Articles.EDITORS);
        return inScope(editor, () -> {
            ArticleProposal proposal = open(id);
            ProposalView view = proposal.view();
            String note = "#" + view.id() + " · " + view.ticketNumber();
            ArticleView article;
            if (view.articleId() == null) {
                article = articles.create(
                        new ArticleDraft(
                                ArticleKind.FAQ,
                                title,
                                body,
                                null,
                                null,
                                null,
                                language(proposal.tenantId()),
                                List.of()),
                        note,
                        editor);
                article = articles.move(article.id(), ArticleStatus.IN_REVIEW, editor);
            } else {
                ArticleView current = articles.get(view.articleId(), editor);
                article = articles.edit(
                        current.id(),
                        new ArticleDraft(
                                current.kind(),
                                title,
                                body,
                                current.videoUrl(),
                                current.category(),
                                current.product(),
                                current.language(),
                                current.tags()),
                        note,
                        editor);
            }
            proposal.approve(article.id(), editor.userId(), clock.instant());
            tell(proposal.view(), Phrase.of("kb.proposal.approved.body", view.title(), "/knowledge/" + article.id()));
            return article;
        });
    }

    /** Rejects a proposal; the reason (1–500 characters) is told to the proposer. */
    public ProposalView reject(long id, String reason, Actor editor) {
        Articles.check(editor, Articles.EDITORS);
        String clean = reason.strip();
        if (clean.isEmpty() || clean.length() > MAX_NOTE) {
            throw new KnowledgeRefusedException(List.of(new FieldProblem(
                    "reason", "kb.proposal.reason.invalid", "Say why, in at most 500 characters.", List.of(MAX_NOTE))));
        }
        return inScope(editor, () -> {
            ArticleProposal proposal = open(id);
            proposal.reject(clean, editor.userId(), clock.instant());
            ProposalView view = proposal.view();
            tell(view, Phrase.of("kb.proposal.rejected.body", view.title(), clean));
            return view;
        });
    }

    /** One proposal. */
    public ProposalView get(long id, Actor actor) {
        Articles.check(actor, Articles.READERS);
        return inScope(actor, () -> existing(id).view());
    }

    /** The desk's proposals, newest first; of one status if given. */
    public List<ProposalView> list(@Nullable ProposalStatus status, Actor actor) {
        Articles.check(actor, Articles.READERS);
        return inScope(
                actor,
                () -> (status == null
                                ? proposals.findAllByOrderByProposedAtDescIdDesc(Limit.of(LIST_SIZE))
                                : proposals.findByStatusOrderByProposedAtDescIdDesc(status, Limit.of(LIST_SIZE)))
                        .stream().map(ArticleProposal::view).toList());
    }

    /** How many proposals wait for an editor. */
    public long waiting(Actor actor) {
        Articles.check(actor, Articles.READERS);
        return inScope(actor, () -> proposals.countByStatus(ProposalStatus.PROPOSED));
    }

    private void tell(ProposalView view, Phrase body) {
        if (view.proposedBy() == null) {
            return;
        }
        List<UserView> proposer = users.byId(view.proposedBy()).stream().toList();
        notifications.sendToStaff(
                TenantScope.current(),
                proposer,
                Phrase.of(
                        "kb.proposal." + view.status().name().toLowerCase(java.util.Locale.ROOT) + ".subject",
                        view.title()),
                body,
                view.ticketNumber(),
                null);
    }

    private ArticleProposal open(long id) {
        ArticleProposal proposal = existing(id);
        if (proposal.status() != ProposalStatus.PROPOSED) {
            throw new KnowledgeRefusedException(
                    DomainException.Kind.CONFLICT,
                    "error.kb.proposal.decided",
                    "Proposal " + id + " was already decided.",
                    id);
        }
        return proposal;
    }

    private ArticleProposal existing(long id) {
        return proposals
                .findById(id)
                .orElseThrow(() -> new KnowledgeRefusedException(
                        DomainException.Kind.NOT_FOUND, "error.kb.proposal.notFound", "No proposal " + id + ".", id));
    }

    private String language(long tenantId) {
        String tag = tenants.byId(tenantId)
                .map(tenant -> tenant.defaultLocale().toLanguageTag())
                .orElse("zh-CN");
        return ArticleDraft.LANGUAGES.contains(tag) ? tag : tag.startsWith("en") ? "en" : "zh-CN";
    }

    private <T> T inScope(Actor actor, Supplier<T> work) {
        return TenantScope.of(actor, () -> transactions.execute(status -> work.get()));
    }
}
