package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.ticket.Attachments;
import io.loopdesk.ticket.CategoryDirectory;
import io.loopdesk.ticket.TicketField;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.custom.CustomFieldView;
import io.loopdesk.ticket.custom.CustomFields;
import io.loopdesk.ticket.custom.TicketFieldValues;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.FeedbackType;
import io.loopdesk.ticket.value.Urgency;
import io.loopdesk.ticket.view.TicketView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An agent on the phone registers the caller's problem: a ticket of channel PHONE. */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','TENANT_ADMIN','PLATFORM_OPERATOR')")
class RegisterTicketController {

    private final Tickets tickets;
    private final UserAccounts users;
    private final FieldMessages fieldMessages;
    private final Attachments attachments;
    private final FilesModel files;
    private final CategoryDirectory categories;
    private final CustomFields customFields;
    private final TicketFieldValues fieldValues;

    RegisterTicketController(
            Tickets tickets,
            UserAccounts users,
            FieldMessages fieldMessages,
            Attachments attachments,
            FilesModel files,
            CategoryDirectory categories,
            CustomFields customFields,
            TicketFieldValues fieldValues) {
        this.tickets = tickets;
        this.users = users;
        this.fieldMessages = fieldMessages;
        this.attachments = attachments;
        this.files = files;
        this.categories = categories;
        this.customFields = customFields;
        this.fieldValues = fieldValues;
    }

    @GetMapping("/tickets/new")
    String form(Actor actor, Model model) {
        model.addAttribute("form", TicketFormData.empty());
        return show(actor, model, Map.of());
    }

    @PostMapping("/tickets/new")
    String register(
            @ModelAttribute("form") TicketFormData form,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> uploads,
            @RequestParam MultiValueMap<String, String> all,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        Map<String, List<String>> typed = FieldsPanelController.typed(all);
        model.addAttribute("typed", typed);
        Optional<UserView> requester =
                form.customerAccount() == null || form.customerAccount().isBlank()
                        ? Optional.empty()
                        : users.byUsername(form.customerAccount().strip()).filter(u -> u.has(Role.CUSTOMER));
        if (form.customerAccount() != null && !form.customerAccount().isBlank() && requester.isEmpty()) {
            return show(
                    actor,
                    model,
                    Map.of(
                            "customerAccount",
                            fieldMessages
                                    .of(List.of(new io.loopdesk.shared.FieldProblem(
                                            "customerAccount",
                                            "ticket.requesterId.unknown",
                                            "No such customer account.")))
                                    .get("customerAccount")));
        }
        try {
            fieldValues.check(typed, actor);
            TicketView ticket = attachments.openWith(
                    actor.tenantId(),
                    Channel.PHONE,
                    form.toCommand(requester.map(UserView::id).orElse(null)),
                    Uploads.of(uploads, null),
                    actor);
            if (typed.values().stream().flatMap(List::stream).anyMatch(v -> !v.isBlank())) {
                fieldValues.set(ticket.number(), typed, actor);
            }
            redirect.addFlashAttribute("notice", "done.registered");
            return "redirect:/tickets/" + ticket.number();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return show(actor, model, fieldMessages.of(e.problems()));
        }
    }

    private String show(Actor actor, Model model, Map<String, String> errors) {
        model.addAttribute("errors", errors);
        files.limits(actor.tenantId(), model);
        model.addAttribute(
                "required",
                tickets.formRules(actor.tenantId()).requiredFields().stream()
                        .map(TicketField::apiName)
                        .collect(Collectors.toSet()));
        model.addAttribute("categories", categories.choices(actor.tenantId(), LocaleContextHolder.getLocale()));
        model.addAttribute(
                "formFields",
                customFields.active(actor).stream()
                        .filter(CustomFieldView::onForm)
                        .toList());
        model.addAttribute("types", FeedbackType.values());
        model.addAttribute("urgencies", Urgency.values());
        return "ticket/register";
    }
}
