package io.loopdesk.knowledge.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.knowledge.ArticleSearch;
import io.loopdesk.knowledge.ArticleView;
import io.loopdesk.knowledge.proposal.ArticleProposals;
import io.loopdesk.knowledge.proposal.ProposalStatus;
import io.loopdesk.knowledge.proposal.ProposalView;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.view.SharedConversation;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Make this answer an article": the proposal form prefilled from a ticket's conversation (contacts masked), the
 * list of proposals, and an editor's approve (after editing) or reject (with a reason).
 */
@Controller
class ProposalController {

    private final ArticleProposals proposals;
    private final ArticleSearch search;
    private final TicketQueries tickets;
    private final MessageSource messages;
    private final FieldMessages fieldMessages;

    ProposalController(
            ArticleProposals proposals,
            ArticleSearch search,
            TicketQueries tickets,
            MessageSource messages,
            FieldMessages fieldMessages) {
        this.proposals = proposals;
        this.search = search;
        this.tickets = tickets;
        this.messages = messages;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/knowledge/proposals/new")
    String form(@RequestParam String ticket, Actor actor, Model model) {
        SharedConversation conversation = tickets.shareable(ticket, actor);
        return form(
                conversation,
                Map.of("title", conversation.title(), "body", prefilled(conversation), "note", ""),
                Map.of(),
                actor,
                model);
    }

    @PostMapping("/knowledge/proposals")
    String propose(
            @RequestParam String ticket,
            @RequestParam(required = false) @Nullable Long articleId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) @Nullable String note,
            Actor actor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            ProposalView proposal = proposals.propose(ticket, articleId, title, body, note, actor);
            redirect.addFlashAttribute("notice", "kb.proposal.sent");
            return "redirect:/knowledge/proposals/" + proposal.id();
        } catch (DomainException refused) {
            if (refused.kind() != DomainException.Kind.INVALID) {
                throw refused;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("articleId", articleId);
            return form(
                    tickets.shareable(ticket, actor),
                    Map.of("title", title, "body", body, "note", note == null ? "" : note),
                    fieldMessages.of(refused.problems()),
                    actor,
                    model);
        }
    }

    @GetMapping("/knowledge/proposals")
    String list(@RequestParam(required = false) @Nullable ProposalStatus status, Actor actor, Model model) {
        model.addAttribute("proposals", proposals.list(status, actor));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ProposalStatus.values());
        return "knowledge/proposals";
    }

    @GetMapping("/knowledge/proposals/{id}")
    String proposal(@PathVariable long id, Actor actor, Model model) {
        ProposalView proposal = proposals.get(id, actor);
        model.addAttribute("proposal", proposal);
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", Map.of("title", proposal.title(), "body", proposal.body(), "reason", ""));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "knowledge/proposal";
    }

    @PostMapping("/knowledge/proposals/{id}/approve")
    String approve(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body,
            Actor actor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            ArticleView article = proposals.approve(id, title, body, actor);
            redirect.addFlashAttribute("notice", "kb.proposal.approved");
            return "redirect:/knowledge/" + article.id();
        } catch (DomainException refused) {
            if (refused.kind() != DomainException.Kind.INVALID) {
                throw refused;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("values", Map.of("title", title, "body", body, "reason", ""));
            model.addAttribute("errors", fieldMessages.of(refused.problems()));
            return proposal(id, actor, model);
        }
    }

    @PostMapping("/knowledge/proposals/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Actor actor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            proposals.reject(id, reason, actor);
            redirect.addFlashAttribute("notice", "kb.proposal.rejected");
            return "redirect:/knowledge/proposals/" + id;
        } catch (DomainException refused) {
            if (refused.kind() != DomainException.Kind.INVALID) {
                throw refused;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            ProposalView proposal = proposals.get(id, actor);
            model.addAttribute("values", Map.of("title", proposal.title(), "body", proposal.body(), "reason", reason));
            model.addAttribute("errors", fieldMessages.of(refused.problems()));
            return proposal(id, actor, model);
        }
    }

    private String form(
            SharedConversation conversation,
            Map<String, String> values,
            Map<String, String> errors,
            Actor actor,
            Model model) {
        model.addAttribute("conversation", conversation);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        // the articles this ticket's answer might change instead of becoming a new one
        model.addAttribute("candidates", search.suggestions(actor.tenantId(), conversation.title(), null, 5));
        return "knowledge/proposal-new";
    }

    /** The question and the desk's public answers, as the start of an article's text. */
    private String prefilled(SharedConversation conversation) {
        var locale = LocaleContextHolder.getLocale();
        StringBuilder html = new StringBuilder()
                .append("<h2>")
                .append(Entities.escape(messages.getMessage("kb.proposal.question", null, locale)))
                .append("</h2>\n")
                .append(paragraph(conversation.description()))
                .append("<h2>")
                .append(Entities.escape(messages.getMessage("kb.proposal.answer", null, locale)))
                .append("</h2>\n");
        conversation.messages().stream()
                .filter(message -> !message.fromCustomer())
                .forEach(message -> html.append(paragraph(message.body())));
        return html.toString();
    }

    private static String paragraph(String text) {
        return "<p>" + Entities.escape(text.strip()).replace("\n", "<br>") + "</p>\n";
    }
}
