package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.shared.web.PageActions;
import io.loopdesk.ticket.Attachments;
import io.loopdesk.ticket.TicketField;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.FeedbackType;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import io.loopdesk.ticket.view.TicketPage;
import io.loopdesk.ticket.view.TicketView;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer portal, made for a phone: give feedback, follow my tickets, answer, confirm the solution or
 * reopen with a reason. Rating lives in the survey module and is loaded into the ticket page.
 */
@Controller
@PreAuthorize("hasRole('CUSTOMER')")
class PortalController {

    private final PageActions actions;
    private final Tickets tickets;
    private final TicketQueries queries;
    private final UserAccounts users;
    private final FieldMessages fieldMessages;
    private final Attachments attachments;
    private final FilesModel files;

    PortalController(
            PageActions actions,
            Tickets tickets,
            TicketQueries queries,
            UserAccounts users,
            FieldMessages fieldMessages,
            Attachments attachments,
            FilesModel files) {
        this.actions = actions;
        this.tickets = tickets;
        this.queries = queries;
        this.users = users;
        this.fieldMessages = fieldMessages;
        this.attachments = attachments;
        this.files = files;
    }

    @GetMapping("/portal")
    String myTickets(@RequestParam(required = false) @Nullable String cursor, Actor actor, Model model) {
        TicketPage page =
                queries.list(TicketQuery.builder().limit(20).cursor(cursor).build(), actor);
        model.addAttribute("tickets", page.items());
        model.addAttribute("next", page.nextCursor());
        return "portal/list";
    }

    @GetMapping("/portal/new")
    String form(Actor actor, Model model) {
        UserView me = users.byId(actor.userId()).orElseThrow();
        model.addAttribute(
                "form",
                TicketFormData.forCustomer(me.displayName(), me.email() != null ? me.email() : me.phone(), me.phone()));
        return show(actor, model, Map.of());
    }

    /** The ticket and its files are kept together or not at all: a refused file refuses the submission. */
    @PostMapping("/portal/new")
    String submit(
            @ModelAttribute("form") TicketFormData form,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> uploads,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        try {
            TicketView ticket = attachments.openWith(
                    actor.tenantId(), Channel.WEB, form.toCommand(null), Uploads.of(uploads, null), actor);
            redirect.addFlashAttribute("created", ticket.number());
            return "redirect:/portal/tickets/" + ticket.number();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return show(actor, model, fieldMessages.of(e.problems()));
        }
    }

    @GetMapping("/portal/tickets/{number}")
    String ticket(@PathVariable String number, Actor actor, Model model) {
        fill(number, actor, model);
        return "portal/ticket";
    }

    @PostMapping("/portal/tickets/{number}/messages")
    String reply(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> uploads,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        return act(
                number,
                actor,
                model,
                redirect,
                "done.reply",
                () -> attachments.replyWith(number, MessageKind.PUBLIC_REPLY, body, Uploads.of(uploads, null), actor));
    }

    @PostMapping("/portal/tickets/{number}/confirm")
    String confirm(@PathVariable String number, Actor actor, Model model, RedirectAttributes redirect) {
        return act(
                number,
                actor,
                model,
                redirect,
                "done.confirmed",
                () -> tickets.changeStatus(number, TicketStatus.RESOLVED, null, actor));
    }

    @PostMapping("/portal/tickets/{number}/reopen")
    String reopen(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String reason,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        return act(
                number,
                actor,
                model,
                redirect,
                "done.reopened",
                () -> tickets.changeStatus(number, TicketStatus.IN_PROGRESS, reason, actor));
    }

    private String act(
            String number, Actor actor, Model model, RedirectAttributes redirect, String doneKey, Supplier<?> action) {
        return switch (actions.run(action)) {
            case PageActions.Outcome.Done done -> {
                redirect.addFlashAttribute("notice", doneKey);
                yield "redirect:/portal/tickets/" + number;
            }
            case PageActions.Outcome.Refused refused -> {
                // field refusals stand beside their fields; only a refusal of the whole request goes on top
                model.addAttribute("errors", fieldMessages.of(refused.refusal().problems()));
                model.addAttribute("failure", refused.refusal().problems().isEmpty() ? refused.message() : null);
                fill(number, actor, model);
                yield "portal/ticket";
            }
        };
    }

    private void fill(String number, Actor actor, Model model) {
        TicketView ticket = queries.get(number, actor);
        model.addAttribute("ticket", ticket);
        model.addAttribute("timeline", queries.timeline(number, actor));
        files.fill(number, ticket.tenantId(), actor, model);
        model.addAttribute("fileBase", "/portal/tickets");
        model.addAttribute("canConfirm", ticket.status() == TicketStatus.AWAITING_CONFIRMATION);
        model.addAttribute(
                "canReopen",
                ticket.status() == TicketStatus.AWAITING_CONFIRMATION || ticket.status() == TicketStatus.RESOLVED);
        model.addAttribute(
                "canRate", ticket.status() == TicketStatus.RESOLVED || ticket.status() == TicketStatus.CLOSED);
        model.addAttribute("names", Map.of());
        model.addAttribute("teamNames", Map.of());
    }

    private String show(Actor actor, Model model, Map<String, String> errors) {
        model.addAttribute("errors", errors);
        files.limits(actor.tenantId(), model);
        model.addAttribute("types", FeedbackType.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute(
                "required",
                tickets.formRules(actor.tenantId()).requiredFields().stream()
                        .map(TicketField::apiName)
                        .collect(Collectors.toSet()));
        return "portal/new";
    }
}
