package io.loopdesk.knowledge.web;

import io.loopdesk.knowledge.ArticleSearch;
import io.loopdesk.knowledge.ArticleView;
import io.loopdesk.knowledge.Articles;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A tenant's help centre: its published articles by category, a search over them, and each article with the others
 * of its category, readable by anyone without signing in. Drafts, archived articles and unknown tenants are simply
 * not there.
 */
@Controller
class HelpCentreController {

    private static final int SEARCH_RESULTS = 20;

    private final Tenants tenants;
    private final Articles articles;
    private final ArticleSearch search;
    private final FieldMessages fieldMessages;

    HelpCentreController(Tenants tenants, Articles articles, ArticleSearch search, FieldMessages fieldMessages) {
        this.tenants = tenants;
        this.articles = articles;
        this.search = search;
        this.fieldMessages = fieldMessages;
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
        model.addAttribute(
                "related",
                articles.published(owner.id()).stream()
                        .filter(other -> other.id() != id)
                        .filter(other -> java.util.Objects.equals(other.category(), article.category())
                                || other.tags().stream().anyMatch(article.tags()::contains))
                        .limit(5)
                        .toList());
        return "knowledge/help-article";
    }

    private TenantInfo tenant(String code) {
        return tenants.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
