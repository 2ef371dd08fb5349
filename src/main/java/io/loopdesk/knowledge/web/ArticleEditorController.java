package io.loopdesk.knowledge.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.knowledge.ArticleDraft;
import io.loopdesk.knowledge.ArticleKind;
import io.loopdesk.knowledge.ArticleReactions;
import io.loopdesk.knowledge.ArticleStatus;
import io.loopdesk.knowledge.ArticleUses;
import io.loopdesk.knowledge.ArticleView;
import io.loopdesk.knowledge.Articles;
import io.loopdesk.knowledge.ReviewCycle;
import io.loopdesk.knowledge.proposal.ArticleProposals;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.shared.web.FormNumbers;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's knowledge base pages: the list of articles by status, an article with its versions, and the editor
 * that writes, reviews, publishes, archives and rolls back.
 */
@Controller
class ArticleEditorController {

    private final Articles articles;
    private final ArticleReactions reactions;
    private final ArticleUses uses;
    private final ArticleProposals proposals;
    private final ReviewCycle reviews;
    private final FieldMessages fieldMessages;

    ArticleEditorController(
            Articles articles,
            ArticleReactions reactions,
            ArticleUses uses,
            ArticleProposals proposals,
            ReviewCycle reviews,
            FieldMessages fieldMessages) {
        this.articles = articles;
        this.uses = uses;
        this.proposals = proposals;
        this.reactions = reactions;
        this.reviews = reviews;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/knowledge")
    String list(@RequestParam(required = false) @Nullable ArticleStatus status, Actor actor, Model model) {
        List<ArticleView> listed = articles.list(status, actor);
        model.addAttribute("articles", listed);
        model.addAttribute(
                "uses", uses.ticketCounts(listed.stream().map(ArticleView::id).toList(), actor));
        model.addAttribute("overdue", reviews.overdue(actor));
        model.addAttribute("proposalsWaiting", proposals.waiting(actor));
        model.addAttribute("reviewMonths", reviews.months(actor.tenantId()));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ArticleStatus.values());
        return "knowledge/list";
    }

    @PostMapping("/knowledge/settings")
    String settings(@RequestParam(defaultValue = "") String reviewMonths, Actor actor, RedirectAttributes redirect) {
        try {
            reviews.setMonths(FormNumbers.whole(reviewMonths), actor);
            redirect.addFlashAttribute("notice", "kb.review.saved");
        } catch (DomainException refused) {
            if (refused.kind() != DomainException.Kind.INVALID) {
                throw refused;
            }
            redirect.addFlashAttribute("failure", fieldMessages.refusal(refused));
        }
        return "redirect:/knowledge";
    }

    @PostMapping("/knowledge/{id}/reviewed")
    String reviewed(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        reviews.reviewed(id, actor);
        redirect.addFlashAttribute("notice", "kb.review.done");
        return "redirect:/knowledge/" + id;
    }

    @GetMapping("/knowledge/new")
    String blank(Locale locale, Model model) {
        return editor(
                null,
                Map.of("kind", "FAQ", "language", locale.getLanguage().equals("en") ? "en" : "zh-CN"),
                Map.of(),
                model);
    }

    @PostMapping("/knowledge")
    String create(
            @RequestParam Map<String, String> form,
            Actor actor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return save(null, form, () -> articles.create(draft(form), form.get("note"), actor), model, response, redirect);
    }

    @GetMapping("/knowledge/{id}/versions/{number}/changes")
    String changes(@PathVariable long id, @PathVariable int number, Actor actor, Model model) {
        model.addAttribute("article", articles.get(id, actor));
        model.addAttribute("diff", articles.changes(id, number, actor));
        return "knowledge/changes";
    }

    @GetMapping("/knowledge/{id}")
    String article(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("article", articles.get(id, actor));
        model.addAttribute("versions", articles.versions(id, actor));
        model.addAttribute("reactions", reactions.of(id, actor));
        model.addAttribute("uses", uses.ticketCounts(List.of(id), actor).getOrDefault(id, 0L));
        return "knowledge/article";
    }

    @GetMapping("/knowledge/{id}/edit")
    String edit(@PathVariable long id, Actor actor, Model model) {
        ArticleView article = articles.get(id, actor);
        return editor(article, values(article), Map.of(), model);
    }

    @PostMapping("/knowledge/{id}")
    String change(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Actor actor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return save(
                articles.get(id, actor),
                form,
                () -> articles.edit(id, draft(form), form.get("note"), actor),
                model,
                response,
                redirect);
    }

    @PostMapping("/knowledge/{id}/status")
    String move(@PathVariable long id, @RequestParam ArticleStatus to, Actor actor, RedirectAttributes redirect) {
        articles.move(id, to, actor);
        redirect.addFlashAttribute("notice", "kb.article.moved." + to);
        return "redirect:/knowledge/" + id;
    }

    @PostMapping("/knowledge/{id}/versions/{number}/rollback")
    String rollBack(@PathVariable long id, @PathVariable int number, Actor actor, RedirectAttributes redirect) {
        articles.rollBack(id, number, actor);
        redirect.addFlashAttribute("notice", "kb.article.rolledBack");
        return "redirect:/knowledge/" + id;
    }

    private String save(
            @Nullable ArticleView article,
            Map<String, String> form,
            Supplier<ArticleView> action,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ArticleView saved;
        try {
            saved = action.get();
        } catch (DomainException refused) {
            if (refused.kind() != DomainException.Kind.INVALID) {
                throw refused;
            }
            response.setStatus(422);
            return editor(article, form, fieldMessages.of(refused.problems()), model);
        }
        redirect.addFlashAttribute("notice", "kb.article.saved");
        return "redirect:/knowledge/" + saved.id();
    }

    private String editor(
            @Nullable ArticleView article, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("article", article);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ArticleKind.values());
        model.addAttribute("languages", ArticleDraft.LANGUAGES.stream().sorted().toList());
        return "knowledge/edit";
    }

    private static ArticleDraft draft(Map<String, String> form) {
        ArticleKind kind;
        try {
            kind = ArticleKind.valueOf(form.getOrDefault("kind", "FAQ"));
        } catch (IllegalArgumentException e) {
            kind = ArticleKind.FAQ;
        }
        return new ArticleDraft(
                kind,
                form.getOrDefault("title", ""),
                form.getOrDefault("body", ""),
                form.get("videoUrl"),
                form.get("category"),
                form.get("product"),
                form.getOrDefault("language", ""),
                ArticleDraft.tags(form.get("tags")));
    }

    private static Map<String, String> values(ArticleView article) {
        Map<String, String> values = new java.util.HashMap<>();
        values.put("kind", article.kind().name());
        values.put("title", article.title());
        values.put("body", article.body());
        values.put("videoUrl", article.videoUrl() == null ? "" : article.videoUrl());
        values.put("category", article.category() == null ? "" : article.category());
        values.put("product", article.product() == null ? "" : article.product());
        values.put("language", article.language());
        values.put("tags", String.join(", ", article.tags()));
        return values;
    }
}
