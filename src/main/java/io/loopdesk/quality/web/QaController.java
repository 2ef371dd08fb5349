package io.loopdesk.quality.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.quality.Inspection;
import io.loopdesk.quality.Inspections;
import io.loopdesk.quality.QaRules;
import io.loopdesk.quality.Rubrics;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.shared.web.FormNumbers;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.value.MessageKind;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Quality inspection pages: the inspectors' queue ({@code /qa}), one inspection with the whole ticket beside the
 * rubric form, the agent's own scores with their appeal ({@code /qa/mine}), and the supervisor's decision.
 */
@Controller
class QaController {

    private final Inspections inspections;
    private final Rubrics rubrics;
    private final QaRules rules;
    private final TicketQueries tickets;
    private final FieldMessages fieldMessages;
    private final Clock clock;

    QaController(
            Inspections inspections,
            Rubrics rubrics,
            QaRules rules,
            TicketQueries tickets,
            FieldMessages fieldMessages,
            Clock clock) {
        this.inspections = inspections;
        this.rubrics = rubrics;
        this.rules = rules;
        this.tickets = tickets;
        this.fieldMessages = fieldMessages;
        this.clock = clock;
    }

    @GetMapping("/qa")
    @PreAuthorize("hasAnyRole('QA','SUPERVISOR','TENANT_ADMIN')")
    String queue(@RequestParam(defaultValue = "PENDING") String status, Actor actor, Model model) {
        Inspection.Status shown = status(status);
        model.addAttribute("status", shown.name());
        model.addAttribute("statuses", Inspection.Status.values());
        model.addAttribute("counts", inspections.counts(actor));
        model.addAttribute("inspections", inspections.list(shown, actor));
        return "quality/queue";
    }

    @GetMapping("/qa/mine")
    @PreAuthorize("isAuthenticated() and !hasRole('CUSTOMER')")
    String mine(Actor actor, Model model) {
        model.addAttribute("inspections", inspections.mine(actor));
        return "quality/mine";
    }

    @GetMapping("/qa/{id}")
    @PreAuthorize("isAuthenticated() and !hasRole('CUSTOMER')")
    String inspection(@PathVariable long id, Actor actor, Model model, Locale locale) {
        return page(inspections.get(id, actor), actor, model, locale, Map.of(), null, null);
    }

    @PostMapping("/qa/{id}/score")
    @PreAuthorize("hasAnyRole('QA','SUPERVISOR','TENANT_ADMIN')")
    String score(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            inspections.score(id, marks(form), form.getFirst("comment"), actor);
        } catch (DomainException refused) {
            return refused(id, refused, actor, model, locale, response, form);
        }
        redirect.addFlashAttribute("notice", "qa.scored");
        return "redirect:/qa/" + id;
    }

    @PostMapping("/qa/{id}/appeal")
    @PreAuthorize("isAuthenticated() and !hasRole('CUSTOMER')")
    String appeal(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String appeal,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            inspections.appeal(id, appeal, actor);
        } catch (DomainException refused) {
            return refused(id, refused, actor, model, locale, response, null);
        }
        redirect.addFlashAttribute("notice", "qa.appealed");
        return "redirect:/qa/" + id;
    }

    @PostMapping("/qa/{id}/decision")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TENANT_ADMIN')")
    String decide(
            @PathVariable long id,
            @RequestParam(defaultValue = "UPHOLD") String outcome,
            @RequestParam(required = false) @Nullable String score,
            @RequestParam(defaultValue = "") String decision,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            inspections.decide(id, !"REVISE".equals(outcome), number(score), decision, actor);
        } catch (DomainException refused) {
            return refused(id, refused, actor, model, locale, response, null);
        }
        redirect.addFlashAttribute("notice", "qa.decided");
        return "redirect:/qa/" + id;
    }

    private String refused(
            long id,
            DomainException refused,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            @Nullable MultiValueMap<String, String> form) {
        if (refused.kind() == DomainException.Kind.NOT_FOUND || refused.kind() == DomainException.Kind.FORBIDDEN) {
            throw refused;
        }
        response.setStatus(refused.kind() == DomainException.Kind.INVALID ? 422 : 409);
        return page(
                inspections.get(id, actor),
                actor,
                model,
                locale,
                fieldMessages.of(refused.problems()),
                refused.problems().isEmpty() ? fieldMessages.refusal(refused) : null,
                form);
    }

    private String page(
            Inspection inspection,
            Actor actor,
            Model model,
            Locale locale,
            Map<String, String> errors,
            @Nullable String failure,
            @Nullable MultiValueMap<String, String> form) {
        model.addAttribute("inspection", inspection);
        model.addAttribute("ticket", tickets.get(inspection.ticketNumber(), actor));
        model.addAttribute(
                "messages",
                tickets.messages(inspection.ticketNumber(), actor).stream()
                        .filter(m -> m.kind() == MessageKind.PUBLIC_REPLY || m.kind() == MessageKind.INTERNAL_NOTE)
                        .toList());
        model.addAttribute("items", rubrics.active(actor.tenantId()));
        model.addAttribute("form", form == null ? new org.springframework.util.LinkedMultiValueMap<>() : form);
        model.addAttribute(
                "appealable",
                inspection.agentId() != null
                        && inspection.agentId().equals(actor.userId())
                        && inspection.appealableAt(
                                clock.instant(), rules.of(actor.tenantId()).appealDays()));
        model.addAttribute("appealDays", rules.of(actor.tenantId()).appealDays());
        model.addAttribute("errors", errors);
        model.addAttribute("failure", failure);
        return "quality/inspection";
    }

    /** The marks as the form sends them: {@code points-<item>} 0–10, {@code breached-<item>}, {@code note-<item>}. */
    private static List<Inspections.Mark> marks(MultiValueMap<String, String> form) {
        List<Inspections.Mark> marks = new ArrayList<>();
        for (String key : form.keySet()) {
            if (key.startsWith("points-") || key.startsWith("breached-")) {
                long item = itemOf(key);
                if (item < 0 || marks.stream().anyMatch(m -> m.itemId() == item)) {
                    continue;
                }
                String points = form.getFirst("points-" + item);
                marks.add(new Inspections.Mark(
                        item,
                        points == null || points.isBlank() ? null : FormNumbers.whole(points),
                        "true".equals(form.getFirst("breached-" + item)),
                        form.getFirst("note-" + item)));
            }
        }
        return marks;
    }

    private static long itemOf(String key) {
        try {
            return Long.parseLong(key.substring(key.indexOf('-') + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Anything that is no whole number is out of every range, so the form names the item. */
    private static @Nullable BigDecimal number(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1);
        }
    }

    private static Inspection.Status status(String status) {
        try {
            return Inspection.Status.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            return Inspection.Status.PENDING;
        }
    }
}
