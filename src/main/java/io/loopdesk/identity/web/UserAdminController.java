package io.loopdesk.identity.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.NewUser;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant admin's user management: who may sign in, with which roles. */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
class UserAdminController {

    private final UserAccounts users;
    private final FieldMessages messages;

    UserAdminController(UserAccounts users, FieldMessages messages) {
        this.users = users;
        this.messages = messages;
    }

    /** A user to create, as the form posts it. */
    public record NewUserForm(
            @Nullable String username,
            @Nullable String displayName,
            @Nullable String email,
            @Nullable String phone,
            @Nullable Set<Role> roles,
            @Nullable CustomerLevel customerLevel,
            @Nullable String password) {}

    @GetMapping("/admin/users")
    String list(Actor actor, Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("roles", assignableRoles(actor));
        model.addAttribute("levels", CustomerLevel.values());
        if (!model.containsAttribute("newUser")) {
            model.addAttribute(
                    "newUser",
                    new NewUserForm(null, null, null, null, Set.of(Role.AGENT), CustomerLevel.STANDARD, null));
        }
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String create(NewUserForm form, Actor actor, Model model, RedirectAttributes redirect) {
        try {
            Set<Role> roles = form.roles() == null ? Set.of() : form.roles();
            checkAssignable(roles, actor);
            users.create(
                    actor.tenantId(),
                    new NewUser(
                            text(form.username()),
                            text(form.displayName()),
                            blank(form.email()),
                            blank(form.phone()),
                            roles,
                            form.customerLevel() == null ? CustomerLevel.STANDARD : form.customerLevel()),
                    form.password() == null ? "" : form.password());
            redirect.addFlashAttribute("notice", "admin.user.created");
            return "redirect:/admin/users";
        } catch (IllegalArgumentException e) {
            model.addAttribute("failure", e.getMessage());
            model.addAttribute("newUser", form);
            return list(actor, model);
        } catch (DomainException e) {
            model.addAttribute("failure", reason(e));
            model.addAttribute("newUser", form);
            return list(actor, model);
        }
    }

    @PostMapping("/admin/users/{id}")
    String change(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Set<Role> roles,
            @RequestParam(defaultValue = "false") boolean enabled,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        try {
            Set<Role> newRoles = roles == null ? Set.of() : roles;
            checkAssignable(newRoles, actor);
            if (actor.userId() != null && actor.userId() == id && !enabled) {
                throw new IllegalArgumentException("You cannot disable yourself.");
            }
            users.changeRoles(id, newRoles);
            users.enable(id, enabled);
            redirect.addFlashAttribute("notice", "admin.user.changed");
            return "redirect:/admin/users";
        } catch (IllegalArgumentException e) {
            model.addAttribute("failure", e.getMessage());
            return list(actor, model);
        } catch (DomainException e) {
            model.addAttribute("failure", reason(e));
            return list(actor, model);
        }
    }

    /** The refusal in the reader's language: the first field's message, else the domain's text. */
    private String reason(DomainException e) {
        return e.problems().isEmpty()
                ? messages.refusal(e)
                : messages.of(e.problems()).values().stream().findFirst().orElseThrow();
    }

    private static List<Role> assignableRoles(Actor actor) {
        Set<Role> roles = EnumSet.allOf(Role.class);
        // a provider's people are made on the platform's provider pages, never as a tenant's user
        roles.remove(Role.PROVIDER_STAFF);
        if (!actor.has(Role.PLATFORM_OPERATOR)) {
            roles.remove(Role.PLATFORM_OPERATOR);
        }
        return List.copyOf(roles);
    }

    private static void checkAssignable(Set<Role> roles, Actor actor) {
        if (!assignableRoles(actor).containsAll(roles)) {
            throw new IllegalArgumentException("Only platform operators make platform operators.");
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
