package io.loopdesk.survey.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.shared.web.FormNumbers;
import io.loopdesk.survey.SurveyRules;
import io.loopdesk.survey.SurveySettings;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant admin's survey page ({@code /admin/survey}): when customers who have not answered are reminded, and after
 * how long a ticket's shown progress is sent to its customer.
 */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
class SurveySettingsController {

    private final SurveyRules rules;
    private final FieldMessages fieldMessages;

    SurveySettingsController(SurveyRules rules, FieldMessages fieldMessages) {
        this.rules = rules;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/admin/survey")
    String show(Actor actor, Model model) {
        SurveySettings settings = rules.of(actor.tenantId());
        return page(
                Map.of(
                        "remindAfterDays", String.valueOf(settings.remindAfterDays()),
                        "reminders", String.valueOf(settings.reminders()),
                        "progressAfterHours", String.valueOf(settings.progressAfterHours()),
                        "askNps", String.valueOf(settings.askNps()),
                        "returnVisitPercent", String.valueOf(settings.returnVisitPercent()),
                        "returnVisitCritical", String.valueOf(settings.returnVisitCritical())),
                Map.of(),
                model);
    }

    @PostMapping("/admin/survey")
    String save(
            @RequestParam(defaultValue = "") String remindAfterDays,
            @RequestParam(defaultValue = "") String reminders,
            @RequestParam(defaultValue = "") String progressAfterHours,
            @RequestParam(defaultValue = "false") boolean askNps,
            @RequestParam(defaultValue = "0") String returnVisitPercent,
            @RequestParam(defaultValue = "false") boolean returnVisitCritical,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> values = Map.of(
                "remindAfterDays",
                remindAfterDays,
                "reminders",
                reminders,
                "progressAfterHours",
                progressAfterHours,
                "askNps",
                String.valueOf(askNps),
                "returnVisitPercent",
                returnVisitPercent,
                "returnVisitCritical",
                String.valueOf(returnVisitCritical));
        try {
            rules.save(
                    actor.tenantId(),
                    new SurveySettings(
                            FormNumbers.whole(remindAfterDays),
                            FormNumbers.whole(reminders),
                            FormNumbers.whole(progressAfterHours),
                            askNps,
                            FormNumbers.whole(returnVisitPercent),
                            returnVisitCritical),
                    actor);
        } catch (DomainException refused) {
            if (refused.kind() != DomainException.Kind.INVALID) {
                throw refused;
            }
            return page(values, fieldMessages.of(refused.problems()), model);
        }
        redirect.addFlashAttribute("notice", "survey.settings.saved");
        return "redirect:/admin/survey";
    }

    private String page(Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "survey/settings";
    }

    /** A number as typed; anything else is out of every range, so the form names the field. */
}
