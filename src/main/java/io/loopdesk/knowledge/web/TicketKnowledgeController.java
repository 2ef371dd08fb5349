package io.loopdesk.knowledge.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.knowledge.ArticleSearch;
import io.loopdesk.knowledge.ArticleUses;
import io.loopdesk.knowledge.Insertion;
import io.loopdesk.knowledge.reply.Macros;
import io.loopdesk.knowledge.reply.ReplyTemplates;
import io.loopdesk.shared.DomainException;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.view.TicketView;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The knowledge panel of the ticket page: the reply templates fitting the ticket's status and category, and articles
 * found for the ticket's title at first, then for what the agent searches; a template goes into the reply with the
 * ticket's values, an article as its text or its link (which links it to the ticket).
 */
@Controller
class TicketKnowledgeController {

    private static final int RESULTS = 5;

    private final ArticleSearch search;
    private final ArticleUses uses;
    private final TicketQueries tickets;
    private final ReplyTemplates templates;
    private final Macros macros;
    private final io.loopdesk.shared.web.FieldMessages fieldMessages;

    TicketKnowledgeController(
            ArticleSearch search,
            ArticleUses uses,
            TicketQueries tickets,
            ReplyTemplates templates,
            Macros macros,
            io.loopdesk.shared.web.FieldMessages fieldMessages) {
        this.search = search;
        this.uses = uses;
        this.tickets = tickets;
        this.templates = templates;
        this.macros = macros;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/knowledge/panel")
    String panel(@RequestParam String ticket, Actor actor, Model model) {
        TicketView view = tickets.get(ticket, actor);
        model.addAttribute("ticket", view.number());
        model.addAttribute("used", uses.usedOn(view.number(), actor));
        model.addAttribute("templates", templates.fitting(view, actor));
        model.addAttribute("macros", macros.list(actor));
        model.addAttribute("query", "");
        model.addAttribute("hits", search.suggestions(actor.tenantId(), view.title(), null, RESULTS));
        return "knowledge/panel :: panel";
    }

    @GetMapping("/knowledge/panel/results")
    String results(@RequestParam String ticket, @RequestParam(defaultValue = "") String q, Actor actor, Model model) {
        model.addAttribute("ticket", ticket);
        try {
            model.addAttribute(
                    "hits",
                    q.isBlank()
                            ? search.suggestions(
                                    actor.tenantId(), tickets.get(ticket, actor).title(), null, RESULTS)
                            : search.published(actor.tenantId(), q, null, RESULTS));
        } catch (DomainException refused) {
            if (refused.kind() != DomainException.Kind.INVALID) {
                throw refused;
            }
            model.addAttribute("hits", java.util.List.of());
            model.addAttribute("failure", fieldMessages.refusal(refused));
        }
        return "knowledge/panel :: results";
    }

    /** The text for the reply; the article is linked to the ticket. */
    @PostMapping(path = "/knowledge/{id}/insert", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    String insert(@PathVariable long id, @RequestParam String ticket, @RequestParam Insertion as, Actor actor) {
        return uses.insert(id, ticket, as, actor);
    }
}
