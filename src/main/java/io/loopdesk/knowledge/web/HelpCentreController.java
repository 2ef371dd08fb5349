package io.loopdesk.knowledge.web;

import io.loopdesk.knowledge.ArticleReactions;
import io.loopdesk.knowledge.ArticleSearch;
import io.loopdesk.knowledge.ArticleView;
import io.loopdesk.knowledge.Articles;
import io.loopdesk.knowledge.NotHelpfulReason;
import io.loopdesk.knowledge.ReactionChannel;
import io.loopdesk.knowledge.media.MediaLibrary;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A tenant's help centre: its published articles by category, a search over them, and each article with the others
 * of its category, readable by anyone without signing in. Drafts, archived articles and unknown tenants are simply
 * not there.
 */
@Controller
class HelpCentreController {

    private static final int SEARCH_RESULTS = 20;
    private static final int RELATED = 5;

    private final Tenants tenants;
    private final Articles articles;
    private final ArticleSearch search;
    private final ArticleReactions reactions;
    private final FieldMessages fieldMessages;
    private final MediaLibrary media;

    HelpCentreController(
            Tenants tenants,
            Articles articles,
            ArticleSearch search,
            ArticleReactions reactions,
            FieldMessages fieldMessages,
            MediaLibrary media) {
        this.tenants = tenants;
        this.articles = articles;
        this.search = search;
        this.reactions = reactions;
        this.fieldMessages = fieldMessages;
        this.media = media;
    }

    /** The help centre's logo on every page, if its editors chose one. */
    @ModelAttribute("logoPath")
    @Nullable
    String logoPath(@PathVariable String tenant) {
        return tenants.byCode(tenant)
                .flatMap(owner -> media.logo(owner.id()).map(logo -> logo.path(owner.code())))
                .orElse(null);
    }

    /** The articles matching {@code q}, best first, with the matched words marked; a refused query says why (400). */
    @GetMapping(path = "/help/{tenant}", params = "q")
    String search(@PathVariable String tenant, @RequestParam String q, Model model, HttpServletResponse response) {
        TenantInfo owner = tenant(tenant);
        model.addAttribute("tenant", owner);
        model.addAttribute("query", q);
        try {
            model.addAttribute("hits", search.published(owner.id(), q, null, SEARCH_RESULTS));
        } catch (DomainException refused) {
            if (refused.kind() != DomainException.Kind.INVALID) {
                throw refused;
            }
            model.addAttribute("failure", fieldMessages.refusal(refused));
            model.addAttribute("hits", java.util.List.of());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "knowledge/help-search";
    }

    @GetMapping("/help/{tenant}")
    String index(@PathVariable String tenant, Model model) {
        TenantInfo owner = tenant(tenant);
        Map<String, List<ArticleView>> byCategory = new LinkedHashMap<>();
        for (ArticleView article : articles.published(owner.id())) {
            byCategory
                    .computeIfAbsent(
                            article.category() == null ? "" : article.category(), c -> new java.util.ArrayList<>())
                    .add(article);
        }
        model.addAttribute("tenant", owner);
        model.addAttribute("categories", byCategory);
        return "knowledge/help";
    }

    @GetMapping("/help/{tenant}/articles/{id}")
    String article(@PathVariable String tenant, @PathVariable long id, Model model) {
        TenantInfo owner = tenant(tenant);
        ArticleView article =
                articles.published(owner.id(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("tenant", owner);
        model.addAttribute("article", article);
        model.addAttribute("reasons", NotHelpfulReason.values());
        // the articles the index finds for this one's title and tags are its nearest neighbours
        model.addAttribute(
                "related",
                search
                        .suggestions(
                                owner.id(), article.title() + " " + String.join(" ", article.tags()), null, RELATED + 1)
                        .stream()
                        .filter(other -> other.id() != id)
                        .limit(RELATED)
                        .toList());
        return "knowledge/help-article";
    }

    /** "Was this helpful?": yes, or no with a reason; thanked on the article page, or told what to fix (400). */
    @PostMapping("/help/{tenant}/articles/{id}/helpful")
    String helpful(
            @PathVariable String tenant,
            @PathVariable long id,
            @RequestParam boolean helpful,
            @RequestParam(required = false) @Nullable NotHelpfulReason reason,
            @RequestParam(required = false) @Nullable String comment,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TenantInfo owner = tenant(tenant);
        try {
            reactions.helpful(owner.id(), id, helpful, reason, comment, ReactionChannel.HELP_CENTRE);
        } catch (DomainException refused) {
            if (refused.kind() == DomainException.Kind.NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            if (refused.kind() != DomainException.Kind.INVALID) {
                throw refused;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("failure", fieldMessages.refusal(refused));
            model.addAttribute("comment", comment);
            return article(tenant, id, model);
        }
        redirect.addFlashAttribute("thanked", true);
        return "redirect:/help/" + owner.code() + "/articles/" + id + "#helpful";
    }

    private TenantInfo tenant(String code) {
        return tenants.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
