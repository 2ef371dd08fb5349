package io.loopdesk.tenant.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.tenant.HostedChannel;
import io.loopdesk.tenant.Plan;
import io.loopdesk.tenant.PlaybookDraft;
import io.loopdesk.tenant.PlaybookKind;
import io.loopdesk.tenant.Playbooks;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.TenantRefusedException;
import io.loopdesk.tenant.TenantSettings;
import io.loopdesk.tenant.Tenants;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The platform operators' console of tenants ({@code /platform/tenants}): every brand the platform serves, found by
 * code or name; register one, change its name, plan, time zone and language, suspend it with a reason and
 * reactivate it; what the platform hosts for it is set by {@link PlatformHostingController}, its playbooks by
 * {@link PlatformPlaybooksController}. Each change lands in the
 * tenant's own audit trail.
 */
@Controller
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class PlatformTenantsController {

    /** The languages a desk works in: the ones Loopdesk's pages and notices are written in. */
    static final List<String> LANGUAGES = List.of("zh-CN", "en");

    private final Tenants tenants;
    private final Playbooks playbooks;
    private final FieldMessages fieldMessages;

    PlatformTenantsController(Tenants tenants, Playbooks playbooks, FieldMessages fieldMessages) {
        this.tenants = tenants;
        this.playbooks = playbooks;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/platform")
    String console() {
        return "redirect:/platform/tenants";
    }

    @GetMapping("/platform/tenants")
    String list(@RequestParam(required = false) @Nullable String q, Model model) {
        String wanted = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        List<TenantInfo> shown = tenants.all().stream()
                .filter(t -> wanted.isEmpty()
                        || t.code().contains(wanted)
                        || t.name().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(Comparator.comparing(TenantInfo::code))
                .toList();
        model.addAttribute("tenants", shown);
        model.addAttribute("q", q == null ? "" : q.strip());
        return "tenant/platform-tenants";
    }

    @GetMapping("/platform/tenants/new")
    String blank(Actor actor, Model model) {
        TenantInfo own = tenants.byId(actor.tenantId()).orElseThrow();
        return form(
                model, null, new TenantForm("", "", Plan.BASIC, own.timeZone().getId(), "zh-CN"), Map.of());
    }

    @PostMapping("/platform/tenants")
    String register(TenantForm typed, Model model, RedirectAttributes redirect) {
        try {
            TenantInfo registered = tenants.register(
                    typed.code().strip(), typed.name().strip(), typed.plan(), zone(typed), language(typed));
            redirect.addFlashAttribute("notice", "platform.tenant.registered");
            return "redirect:/platform/tenants/" + registered.code();
        } catch (TenantRefusedException refused) {
            return form(model, null, typed, fieldMessages.of(refused.problems()));
        }
    }

    @GetMapping("/platform/tenants/{code}")
    String show(@PathVariable String code, Model model) {
        TenantInfo tenant = tenant(code);
        return form(
                model,
                tenant,
                new TenantForm(
                        tenant.code(),
                        tenant.name(),
                        tenant.plan(),
                        tenant.timeZone().getId(),
                        tenant.defaultLocale().toLanguageTag()),
                Map.of());
    }

    @PostMapping("/platform/tenants/{code}")
    String change(@PathVariable String code, TenantForm typed, Model model, RedirectAttributes redirect) {
        TenantInfo tenant = tenant(code);
        try {
            tenants.change(
                    tenant.id(), new TenantSettings(typed.name().strip(), typed.plan(), zone(typed), language(typed)));
        } catch (TenantRefusedException refused) {
            return form(model, tenant, typed, fieldMessages.of(refused.problems()));
        }
        redirect.addFlashAttribute("notice", "platform.tenant.changed");
        return "redirect:/platform/tenants/" + code;
    }

    @PostMapping("/platform/tenants/{code}/suspend")
    String suspend(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String reason,
            Actor actor,
            RedirectAttributes redirect) {
        TenantInfo tenant = tenant(code);
        try {
            tenants.suspend(tenant.id(), reason, actor.tenantId());
            redirect.addFlashAttribute("notice", "platform.tenant.suspended");
        } catch (TenantRefusedException refused) {
            if (refused.kind() == DomainException.Kind.NOT_FOUND) {
                throw refused;
            }
            redirect.addFlashAttribute("failure", fieldMessages.refusal(refused));
            redirect.addFlashAttribute("reason", reason);
        }
        return "redirect:/platform/tenants/" + code;
    }

    @PostMapping("/platform/tenants/{code}/reactivate")
    String reactivate(@PathVariable String code, RedirectAttributes redirect) {
        tenants.reactivate(tenant(code).id());
        redirect.addFlashAttribute("notice", "platform.tenant.reactivated");
        return "redirect:/platform/tenants/" + code;
    }

    private TenantInfo tenant(String code) {
        return tenants.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(Model model, @Nullable TenantInfo tenant, TenantForm typed, Map<String, String> errors) {
        model.addAttribute("tenant", tenant);
        if (tenant != null && !model.containsAttribute("hosting")) {
            model.addAttribute("hosting", tenants.hosting(tenant.id()));
        }
        if (tenant != null) {
            model.addAttribute("playbooks", playbooks.of(tenant.id()));
        }
        if (!model.containsAttribute("playbook")) {
            model.addAttribute("playbook", PlaybookDraft.blank());
        }
        model.addAttribute("playbookKinds", PlaybookKind.values());
        model.addAttribute("hostedChannels", HostedChannel.values());
        model.addAttribute("form", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("plans", Plan.values());
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute(
                "zones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
        return "tenant/platform-tenant";
    }

    private static ZoneId zone(TenantForm typed) {
        try {
            return ZoneId.of(typed.timeZone().strip());
        } catch (DateTimeException e) {
            throw new TenantRefusedException(
                    DomainException.Kind.INVALID,
                    new FieldProblem(
                            "timeZone",
                            "tenant.zone.unknown",
                            "Unknown time zone '" + typed.timeZone() + "'; choose one such as Asia/Shanghai.",
                            List.of(typed.timeZone())));
        }
    }

    private static Locale language(TenantForm typed) {
        return Locale.forLanguageTag(LANGUAGES.contains(typed.language()) ? typed.language() : "zh-CN");
    }

    /** The console's tenant form as typed; empty fields arrive as empty texts. */
    public record TenantForm(String code, String name, Plan plan, String timeZone, String language) {

        public TenantForm {
            code = code == null ? "" : code;
            name = name == null ? "" : name;
            plan = plan == null ? Plan.BASIC : plan;
            timeZone = timeZone == null ? "" : timeZone;
            language = language == null ? "zh-CN" : language;
        }
    }
}
