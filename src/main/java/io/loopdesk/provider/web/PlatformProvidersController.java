package io.loopdesk.provider.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.provider.ProviderGrant;
import io.loopdesk.provider.ProviderGrants;
import io.loopdesk.provider.ServiceProvider;
import io.loopdesk.provider.ServiceProviders;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

/** The operator's pages of service providers: register one, add its people, grant them tenants, revoke. */
@Controller
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class PlatformProvidersController {

    private final ServiceProviders providers;
    private final ProviderGrants grants;
    private final Tenants tenants;
    private final FieldMessages fieldMessages;

    PlatformProvidersController(
            ServiceProviders providers, ProviderGrants grants, Tenants tenants, FieldMessages fieldMessages) {
        this.providers = providers;
        this.grants = grants;
        this.tenants = tenants;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/platform/providers")
    String list(Model model) {
        model.addAttribute("providers", providers.all());
        return "provider/platform-providers";
    }

    @PostMapping("/platform/providers")
    String register(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String contactEmail,
            RedirectAttributes redirect) {
        try {
            ServiceProvider registered = providers.register(code.strip(), name, contactEmail);
            redirect.addFlashAttribute("notice", "provider.registered");
            return "redirect:/platform/providers/" + registered.code();
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", fieldMessages.refusal(refused));
            redirect.addFlashAttribute("draft", Map.of("code", code, "name", name, "contactEmail", contactEmail));
            return "redirect:/platform/providers";
        }
    }

    @GetMapping("/platform/providers/{code}")
    String show(@PathVariable String code, Model model) {
        ServiceProvider provider = provider(code);
        List<TenantInfo> all = tenants.all();
        model.addAttribute("provider", provider);
        model.addAttribute("people", providers.people(provider.id()));
        model.addAttribute("grants", grants.ofProvider(provider.id()));
        model.addAttribute("tenantNames", all.stream().collect(Collectors.toMap(TenantInfo::id, TenantInfo::name)));
        model.addAttribute(
                "grantable",
                all.stream()
                        .filter(t -> !t.suspended() && t.hostingAuthorised())
                        .toList());
        model.addAttribute("roles", List.copyOf(Role.DELEGABLE));
        return "provider/platform-provider";
    }

    @PostMapping("/platform/providers/{code}/people")
    String addPerson(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password,
            Actor actor,
            RedirectAttributes redirect) {
        ServiceProvider provider = provider(code);
        try {
            providers.addPerson(provider.id(), actor.tenantId(), username, displayName, email, password);
            redirect.addFlashAttribute("notice", "provider.person.added");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", fieldMessages.refusal(refused));
            redirect.addFlashAttribute(
                    "person", Map.of("username", username, "displayName", displayName, "email", email));
        }
        return "redirect:/platform/providers/" + code + "#h-people";
    }

    @PostMapping("/platform/providers/{code}/people/{userId}/remove")
    String removePerson(@PathVariable String code, @PathVariable long userId, RedirectAttributes redirect) {
        try {
            providers.remove(provider(code).id(), userId);
        } catch (DomainException notTheirs) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "provider.person.removed");
        return "redirect:/platform/providers/" + code + "#h-people";
    }

    @PostMapping("/platform/providers/{code}/grants")
    String grant(
            @PathVariable String code,
            @RequestParam long person,
            @RequestParam long tenant,
            @RequestParam(defaultValue = "") List<String> roles,
            @RequestParam(defaultValue = "") String until,
            Actor actor,
            RedirectAttributes redirect) {
        ServiceProvider provider = provider(code);
        if (providers.providerOf(person).filter(id -> id == provider.id()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            grants.grant(person, tenant, roles(roles), date(until), actor);
            redirect.addFlashAttribute("notice", "provider.grant.given");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", fieldMessages.refusal(refused));
        } catch (DateTimeParseException | IllegalArgumentException unreadable) {
            redirect.addFlashAttribute(
                    "failure",
                    fieldMessages.of(
                            new Phrase("error.provider.grant.unreadable", List.of()),
                            "The roles or the date could not be read."));
        }
        return "redirect:/platform/providers/" + code + "#h-grants";
    }

    @PostMapping("/platform/providers/{code}/grants/{id}/revoke")
    String revoke(@PathVariable String code, @PathVariable long id, Actor actor, RedirectAttributes redirect) {
        ServiceProvider provider = provider(code);
        List<Long> ofProvider =
                grants.ofProvider(provider.id()).stream().map(ProviderGrant::id).toList();
        if (!ofProvider.contains(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        grants.revoke(id, actor);
        redirect.addFlashAttribute("notice", "provider.grant.revoked");
        return "redirect:/platform/providers/" + code + "#h-grants";
    }

    private ServiceProvider provider(String code) {
        return providers.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.stream()
                .filter(n -> !n.isBlank())
                .map(String::strip)
                .map(Role::valueOf)
                .forEach(roles::add);
        return roles;
    }

    private static @Nullable LocalDate date(String text) {
        return text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
