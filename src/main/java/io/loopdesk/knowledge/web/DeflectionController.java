package io.loopdesk.knowledge.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.knowledge.ArticleReactions;
import io.loopdesk.knowledge.ArticleSearch;
import io.loopdesk.knowledge.ReactionChannel;
import io.loopdesk.shared.DomainException;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deflection in the customer portal: while a customer writes feedback, the form asks for the published articles
 * that match what they wrote so far; "this solved it" ends the form without a ticket and is counted for the
 * article.
 */
@Controller
class DeflectionController {

    private static final int SUGGESTIONS = 3;

    private final ArticleSearch search;
    private final ArticleReactions reactions;
    private final Tenants tenants;

    DeflectionController(ArticleSearch search, ArticleReactions reactions, Tenants tenants) {
        this.search = search;
        this.reactions = reactions;
        this.tenants = tenants;
    }

    /** The suggestions for what the customer has written so far (an htmx fragment; empty when nothing fits). */
    @GetMapping("/portal/kb/suggestions")
    String suggestions(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description,
            Actor actor,
            Model model) {
        customer(actor);
        TenantInfo tenant =
                tenants.byId(actor.tenantId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("tenant", tenant);
        model.addAttribute("hits", search.suggestions(tenant.id(), title + " " + description, null, SUGGESTIONS));
        return "knowledge/suggestions :: suggestions";
    }

    /** "This solved it": counted for the article, and the customer is back on their list with nothing sent. */
    @PostMapping("/portal/kb/articles/{id}/solved")
    String solved(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        customer(actor);
        try {
            reactions.solved(actor.tenantId(), id, ReactionChannel.PORTAL);
        } catch (DomainException refused) {
            if (refused.kind() == DomainException.Kind.NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            throw refused;
        }
        redirect.addFlashAttribute("notice", "kb.deflected");
        return "redirect:/portal";
    }

    private static void customer(Actor actor) {
        if (!actor.has(Role.CUSTOMER)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
