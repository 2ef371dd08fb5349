package io.loopdesk.knowledge.web;

import io.loopdesk.knowledge.ArticleView;
import io.loopdesk.knowledge.Articles;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A tenant's help centre: its published articles by category, and each article with the others of its category,
 * readable by anyone without signing in. Drafts, archived articles and unknown tenants are simply not there.
 */
@Controller
class HelpCentreController {

    private final Tenants tenants;
    private final Articles articles;

    HelpCentreController(Tenants tenants, Articles articles) {
        this.tenants = tenants;
        this.articles = articles;
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
