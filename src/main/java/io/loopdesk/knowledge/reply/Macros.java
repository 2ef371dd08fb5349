package io.loopdesk.knowledge.reply;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.knowledge.Articles;
import io.loopdesk.knowledge.KnowledgeRefusedException;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.ProgressEntry;
import io.loopdesk.ticket.TicketMacros;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.view.TicketView;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Macros: editors define them; anyone handling a ticket applies one in a click. An application is one transaction:
 * the ticket taken, the reply sent, the progress recorded and the status moved all happen, or — if any part is
 * refused (a status the ticket cannot move to, a reply the rules refuse) — none does. Each application counts a use
 * of the macro and of its template.
 */
@Service
public class Macros implements TicketMacros {

    private final MacroRepository macros;
    private final ReplyTemplates templates;
    private final Tickets tickets;
    private final TicketQueries queries;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Macros(
            MacroRepository macros,
            ReplyTemplates templates,
            Tickets tickets,
            TicketQueries queries,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.macros = macros;
        this.templates = templates;
        this.tickets = tickets;
        this.queries = queries;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public List<MacroView> list(Actor actor) {
        Articles.check(actor, Articles.READERS);
        return inScope(
                actor,
                () -> macros.findAllByOrderByNameAsc().stream().map(Macro::view).toList());
    }

    public MacroView create(MacroDraft draft, Actor actor) {
        Articles.check(actor, Articles.EDITORS);
        MacroDraft checked = draft.checked();
        return inScope(actor, () -> {
            knownTemplate(checked, actor);
            if (macros.existsByName(checked.name())) {
                throw nameTaken();
            }
            return macros.saveAndFlush(new Macro(actor.tenantId(), checked, clock.instant()))
                    .view();
        });
    }

    public MacroView update(long id, MacroDraft draft, Actor actor) {
        Articles.check(actor, Articles.EDITORS);
        MacroDraft checked = draft.checked();
        return inScope(actor, () -> {
            Macro macro = existing(id);
            knownTemplate(checked, actor);
            if (macros.existsByNameAndIdNot(checked.name(), id)) {
                throw nameTaken();
            }
            macro.take(checked, clock.instant());
            return macro.view();
        });
    }

    public void delete(long id, Actor actor) {
        Articles.check(actor, Articles.EDITORS);
        inScope(actor, () -> {
            macros.delete(existing(id));
            return null;
        });
    }

    @Override
    public Map<Long, String> available(Actor actor) {
        if (!actor.hasAny(Role.HANDLERS)) {
            return Map.of();
        }
        Map<Long, String> names = new LinkedHashMap<>();
        list(actor).forEach(macro -> names.put(macro.id(), macro.name()));
        return names;
    }

    /** Applies macro {@code id} to ticket {@code ticketNumber}, all of it or nothing; returns the ticket after. */
    @Override
    public TicketView apply(long id, String ticketNumber, Actor actor) {
        Articles.check(actor, Articles.READERS);
        return inScope(actor, () -> {
            Macro macro = existing(id);
            MacroView view = macro.view();
            if (view.takeTicket()
                    && !Objects.equals(queries.get(ticketNumber, actor).assigneeId(), actor.userId())) {
                tickets.assign(ticketNumber, actor.userId(), null, actor);
            }
            if (view.templateId() != null) {
                String reply = templates.render(view.templateId(), ticketNumber, actor);
                tickets.addMessage(ticketNumber, MessageKind.PUBLIC_REPLY, reply, actor);
            }
            if (view.progressLabel() != null) {
                tickets.addProgress(
                        ticketNumber,
                        new ProgressEntry(
                                view.progressLabel(),
                                Objects.requireNonNull(view.progressDetails()),
                                null,
                                null,
                                null,
                                false,
                                false),
                        actor);
            }
            if (view.status() != null && queries.get(ticketNumber, actor).status() != view.status()) {
                tickets.changeStatus(ticketNumber, view.status(), null, actor);
            }
            macro.used();
            return queries.get(ticketNumber, actor);
        });
    }

    private void knownTemplate(MacroDraft draft, Actor actor) {
        if (draft.templateId() != null && templates.list(actor).stream().noneMatch(t -> t.id() == draft.templateId())) {
            throw new KnowledgeRefusedException(List.of(new FieldProblem(
                    "templateId", "kb.template.notFound", "No such template.", List.of(draft.templateId()))));
        }
    }

    private Macro existing(long id) {
        return macros.findById(id)
                .orElseThrow(() -> new KnowledgeRefusedException(
                        DomainException.Kind.NOT_FOUND, "error.kb.macro.notFound", "No macro " + id + ".", id));
    }

    private static KnowledgeRefusedException nameTaken() {
        return new KnowledgeRefusedException(
                List.of(new FieldProblem("name", "kb.macro.name.taken", "Another macro has this name.")));
    }

    private <T> T inScope(Actor actor, Supplier<T> work) {
        return TenantScope.of(actor, () -> transactions.execute(status -> work.get()));
    }
}
