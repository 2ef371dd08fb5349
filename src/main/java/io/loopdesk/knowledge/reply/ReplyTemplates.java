package io.loopdesk.knowledge.reply;

import io.loopdesk.identity.Actor;
import io.loopdesk.knowledge.Articles;
import io.loopdesk.knowledge.KnowledgeRefusedException;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.view.TicketView;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A tenant's reply templates (话术) and its opening and closing phrases. A tenant starts with the standard templates
 * in its language ({@link StandardTemplates}); editors change them; the desk puts one into a reply with the ticket's
 * values filled in, which counts a use.
 */
@Service
public class ReplyTemplates {

    private static final DateTimeFormatter ETA = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReplyTemplateRepository templates;
    private final TicketQueries tickets;
    private final Tenants tenants;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReplyTemplates(
            ReplyTemplateRepository templates,
            TicketQueries tickets,
            Tenants tenants,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.templates = templates;
        this.tickets = tickets;
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The desk's templates by name. */
    public List<ReplyTemplateView> list(Actor actor) {
        Articles.check(actor, Articles.READERS);
        return inScope(actor, () -> {
            started(actor.tenantId());
            return templates.findAllByOrderByNameAsc().stream()
                    .map(ReplyTemplate::view)
                    .toList();
        });
    }

    /**
     * The templates offered on a ticket of this status and category, in the language it is written in; a ticket in a
     * language the desk has no templates for (or not detected) is offered those in the tenant's reply language.
     */
    public List<ReplyTemplateView> fitting(TicketView ticket, Actor actor) {
        List<ReplyTemplateView> fit = list(actor).stream()
                .filter(template -> template.fits(ticket.status(), ticket.category()))
                .toList();
        String replyLanguage = tenants.byId(actor.tenantId())
                .map(TenantInfo::defaultLocale)
                .map(Locale::getLanguage)
                .orElse("zh");
        String language = ticket.language() != null
                        && fit.stream().anyMatch(t -> t.language() != null && t.speaks(ticket.language()))
                ? ticket.language()
                : replyLanguage;
        return fit.stream().filter(template -> template.speaks(language)).toList();
    }

    /**
     * Adds the standard templates in {@code language} ({@code zh} or {@code en}) that the desk does not have yet (by
     * name), e.g. English ones for a tenant that starts serving overseas customers; how many were added.
     */
    public int addStandard(String language, Actor actor) {
        Articles.check(actor, Articles.EDITORS);
        if (!TemplateDraft.LANGUAGES.contains(language)) {
            throw new KnowledgeRefusedException(List.of(new FieldProblem(
                    "language", "kb.template.language", "A template is written in Chinese (zh) or English (en).")));
        }
        return inScope(actor, () -> {
            started(actor.tenantId());
            int added = 0;
            for (TemplateDraft draft : StandardTemplates.of(Locale.forLanguageTag(language))) {
                if (!templates.existsByName(draft.name())) {
                    templates.save(new ReplyTemplate(actor.tenantId(), draft, clock.instant()));
                    added++;
                }
            }
            return added;
        });
    }

    public ReplyTemplateView create(TemplateDraft draft, Actor actor) {
        Articles.check(actor, Articles.EDITORS);
        TemplateDraft checked = draft.checked();
        return inScope(actor, () -> {
            if (templates.existsByName(checked.name())) {
                throw nameTaken();
            }
            return templates
                    .saveAndFlush(new ReplyTemplate(actor.tenantId(), checked, clock.instant()))
                    .view();
        });
    }

    public ReplyTemplateView update(long id, TemplateDraft draft, Actor actor) {
        Articles.check(actor, Articles.EDITORS);
        TemplateDraft checked = draft.checked();
        return inScope(actor, () -> {
            ReplyTemplate template = existing(id);
            if (templates.existsByNameAndIdNot(checked.name(), id)) {
                throw nameTaken();
            }
            template.take(checked, clock.instant());
            return template.view();
        });
    }

    public void delete(long id, Actor actor) {
        Articles.check(actor, Articles.EDITORS);
        inScope(actor, () -> {
            templates.delete(existing(id));
            return null;
        });
    }

    /**
     * Template {@code id} as a reply on ticket {@code ticketNumber}: its variables filled with the ticket's values,
     * its points numbered; counts a use.
     */
    public String render(long id, String ticketNumber, Actor actor) {
        if (!actor.isSystem()) { // an automation answers with a template as the system
            Articles.check(actor, Articles.READERS);
        }
        TicketView ticket = tickets.get(ticketNumber, actor);
        return inScope(actor, () -> {
            ReplyTemplate template = existing(id);
            template.used();
            ReplyTemplateView view = template.view();
            return TemplateText.render(view.body(), values(ticket, actor), view.numbering());
        });
    }

    /**
     * Template {@code id} as a message in a live chat with {@code customer}: the variables a chat has (the customer,
     * the agent) filled, the ticket's own left empty, its points numbered; counts a use.
     */
    public String renderInChat(long id, String customer, Actor actor) {
        Articles.check(actor, Articles.READERS);
        return inScope(actor, () -> {
            ReplyTemplate template = existing(id);
            template.used();
            ReplyTemplateView view = template.view();
            return TemplateText.render(
                    view.body(),
                    Map.of(
                            "customer",
                            customer,
                            "agent",
                            actor.name(),
                            "number",
                            "",
                            "eta",
                            "",
                            "product",
                            "",
                            "title",
                            ""),
                    view.numbering());
        });
    }

    /** The tenant's opening and closing phrases. */
    public ReplyWrap wrap(long tenantId) {
        return jdbc.sql("select opening, closing from kb_reply_wrap where tenant_id = ?")
                .param(tenantId)
                .query((rs, n) -> new ReplyWrap(rs.getString(1), rs.getString(2)))
                .optional()
                .orElse(ReplyWrap.NONE);
    }

    /** Sets the tenant's opening and closing phrases (each at most 500 characters, known variables only). */
    public ReplyWrap setWrap(ReplyWrap wrap, Actor actor) {
        Articles.check(actor, Articles.EDITORS);
        List<FieldProblem> problems = new java.util.ArrayList<>();
        check(problems, "opening", wrap.opening());
        check(problems, "closing", wrap.closing());
        if (!problems.isEmpty()) {
            throw new KnowledgeRefusedException(problems);
        }
        return inScope(actor, () -> {
            started(actor.tenantId());
            jdbc.sql("update kb_reply_wrap set opening = ?, closing = ? where tenant_id = ?")
                    .params(wrap.opening(), wrap.closing(), actor.tenantId())
                    .update();
            return wrap;
        });
    }

    /** A public reply's text with the tenant's opening and closing around it. */
    public String wrapped(TicketView ticket, String body, Actor actor) {
        return wrap(ticket.tenantId()).around(body, values(ticket, actor));
    }

    /** The values of the template variables on {@code ticket}, written by {@code actor}. */
    Map<String, String> values(TicketView ticket, Actor actor) {
        TenantInfo tenant = tenants.byId(ticket.tenantId()).orElseThrow();
        boolean english = tenant.defaultLocale().getLanguage().equals("en");
        String customer = ticket.contactPerson() != null
                ? ticket.contactPerson()
                : ticket.customerName() != null ? ticket.customerName() : english ? "customer" : "客户";
        return Map.of(
                "customer", customer,
                "number", ticket.number(),
                "eta", ETA.format(ticket.resolutionDueAt().atZone(tenant.timeZone())),
                "agent", actor.name(),
                "product", ticket.product() == null ? "" : ticket.product(),
                "title", ticket.title());
    }

    /** Gives a tenant its standard templates the first time any are read; once, whichever node asks first. */
    private void started(long tenantId) {
        // read first: the panel of every ticket page lists templates, and a write there would be one per page view
        boolean seeded = jdbc.sql("select count(*) from kb_reply_wrap where tenant_id = ?")
                        .param(tenantId)
                        .query(Long.class)
                        .single()
                > 0;
        if (seeded) {
            return;
        }
        int claimed = jdbc.sql("insert into kb_reply_wrap (tenant_id) values (?) on conflict do nothing")
                .param(tenantId)
                .update();
        if (claimed == 1) {
            Locale language =
                    tenants.byId(tenantId).map(TenantInfo::defaultLocale).orElse(Locale.SIMPLIFIED_CHINESE);
            StandardTemplates.of(language)
                    .forEach(draft -> templates.save(new ReplyTemplate(tenantId, draft, clock.instant())));
            templates.flush();
        }
    }

    private static void check(
            List<FieldProblem> problems, String field, @org.jspecify.annotations.Nullable String text) {
        if (text == null) {
            return;
        }
        if (text.length() > ReplyWrap.MAX) {
            problems.add(new FieldProblem(field, "kb.wrap.tooLong", "At most 500 characters.", List.of(ReplyWrap.MAX)));
        } else if (!TemplateText.unknownVariables(text).isEmpty()) {
            String unknown = String.join(" ", TemplateText.unknownVariables(text));
            problems.add(new FieldProblem(
                    field, "kb.template.body.variables", "Unknown variables: " + unknown, List.of(unknown)));
        }
    }

    private ReplyTemplate existing(long id) {
        return templates
                .findById(id)
                .orElseThrow(() -> new KnowledgeRefusedException(
                        DomainException.Kind.NOT_FOUND, "error.kb.template.notFound", "No template " + id + ".", id));
    }

    private static KnowledgeRefusedException nameTaken() {
        return new KnowledgeRefusedException(
                List.of(new FieldProblem("name", "kb.template.name.taken", "Another template has this name.")));
    }

    private <T> T inScope(Actor actor, Supplier<T> work) {
        return TenantScope.of(actor, () -> transactions.execute(status -> work.get()));
    }
}
