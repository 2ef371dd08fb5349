package io.loopdesk.hosting.web;

import io.loopdesk.hosting.OnboardingAnswers;
import io.loopdesk.hosting.OnboardingRefusedException;
import io.loopdesk.hosting.Onboardings;
import io.loopdesk.identity.Actor;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.tenant.HostedChannel;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.TenantRefusedException;
import io.loopdesk.tenant.Tenants;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The onboarding checklist of a brand on the operators' console: seed 000's questions as one guided form that fills
 * the brand's settings, and the button that starts its service.
 */
@Controller
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class OnboardingController {

    private final Tenants tenants;
    private final Onboardings onboardings;
    private final FieldMessages fieldMessages;

    OnboardingController(Tenants tenants, Onboardings onboardings, FieldMessages fieldMessages) {
        this.tenants = tenants;
        this.onboardings = onboardings;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/platform/tenants/{code}/onboarding")
    String form(@PathVariable String code, Actor actor, Model model) {
        TenantInfo tenant = tenant(code);
        if (!model.containsAttribute("answers")) {
            model.addAttribute("answers", onboardings.answers(tenant.id(), actor));
        }
        model.addAttribute("tenant", tenant);
        model.addAttribute("state", onboardings.state(tenant.id()).orElse(null));
        model.addAttribute("channels", HostedChannel.values());
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("languages", List.of("zh-CN", "en"));
        return "hosting/onboarding";
    }

    @PostMapping("/platform/tenants/{code}/onboarding")
    String answer(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable List<HostedChannel> channels,
            @RequestParam(defaultValue = "") String appName,
            @RequestParam(defaultValue = "") String products,
            @RequestParam(required = false) @Nullable List<DayOfWeek> serviceDays,
            @RequestParam(defaultValue = "") String serviceHours,
            @RequestParam(defaultValue = "0") String firstResponseHours,
            @RequestParam(defaultValue = "") String regions,
            @RequestParam(defaultValue = "zh-CN") String replyLanguage,
            @RequestParam(defaultValue = "") String replyStrategy,
            Actor actor,
            RedirectAttributes redirect) {
        TenantInfo tenant = tenant(code);
        OnboardingAnswers answers = new OnboardingAnswers(
                channels == null ? Set.of() : Set.copyOf(channels),
                appName,
                products,
                serviceDays == null ? Set.of() : Set.copyOf(serviceDays),
                serviceHours,
                hours(firstResponseHours),
                regions,
                replyLanguage,
                replyStrategy);
        try {
            onboardings.apply(tenant.id(), answers, actor);
            redirect.addFlashAttribute("notice", "hosting.onboarding.applied");
        } catch (OnboardingRefusedException | TenantRefusedException refused) {
            if (refused.kind() == DomainException.Kind.NOT_FOUND) {
                throw refused;
            }
            redirect.addFlashAttribute("failure", fieldMessages.refusal(refused));
            redirect.addFlashAttribute("answers", answers);
        }
        return "redirect:/platform/tenants/" + code + "/onboarding";
    }

    @PostMapping("/platform/tenants/{code}/onboarding/start")
    String start(@PathVariable String code, Actor actor, RedirectAttributes redirect) {
        TenantInfo tenant = tenant(code);
        try {
            int written = onboardings.startService(tenant.id(), actor);
            redirect.addFlashAttribute("notice", "hosting.start.done");
            redirect.addFlashAttribute("written", written);
        } catch (OnboardingRefusedException refused) {
            redirect.addFlashAttribute("failure", fieldMessages.refusal(refused));
        }
        return "redirect:/platform/tenants/" + code + "/onboarding";
    }

    /** A number of hours as typed; anything else is 0, which the checklist refuses with its own message. */
    private static int hours(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private TenantInfo tenant(String code) {
        return tenants.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
