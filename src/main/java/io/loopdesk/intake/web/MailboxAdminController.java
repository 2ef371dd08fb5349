package io.loopdesk.intake.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.intake.mail.MailProtocol;
import io.loopdesk.intake.mail.MailboxSettings;
import io.loopdesk.intake.mail.MailboxView;
import io.loopdesk.intake.mail.Mailboxes;
import io.loopdesk.intake.mail.SmtpSecurity;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mailbox status page: every support mailbox, whether it can be read, what came in and what went out. */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
class MailboxAdminController {

    private final Mailboxes mailboxes;
    private final FieldMessages fieldMessages;

    MailboxAdminController(Mailboxes mailboxes, FieldMessages fieldMessages) {
        this.mailboxes = mailboxes;
        this.fieldMessages = fieldMessages;
    }

    /** The mailbox form as posted. */
    public record MailboxForm(
            @Nullable Long id,
            @Nullable String name,
            @Nullable String address,
            @Nullable MailProtocol protocol,
            @Nullable String host,
            @Nullable Integer port,
            @Nullable String username,
            @Nullable String password,
            @Nullable String folder,
            @Nullable String smtpHost,
            @Nullable Integer smtpPort,
            @Nullable SmtpSecurity smtpSecurity,
            @Nullable String smtpUsername,
            @Nullable String smtpPassword,
            // an unticked box is not posted at all
            @Nullable Boolean enabled)
            // kept in the session (a flash attribute) across the redirect after a refusal, without its passwords
            implements java.io.Serializable {

        MailboxSettings settings() {
            MailProtocol p = protocol == null ? MailProtocol.IMAPS : protocol;
            return new MailboxSettings(
                    text(name),
                    text(address),
                    p,
                    text(host),
                    port == null ? p.defaultPort() : port,
                    text(username),
                    password,
                    folder == null ? "INBOX" : folder,
                    text(smtpHost),
                    smtpPort == null ? 587 : smtpPort,
                    smtpSecurity == null ? SmtpSecurity.STARTTLS : smtpSecurity,
                    smtpUsername,
                    smtpPassword,
                    Boolean.TRUE.equals(enabled));
        }

        /** The form to show again after a refusal: what was typed, never the passwords. */
        MailboxForm withoutPasswords() {
            return new MailboxForm(
                    id,
                    name,
                    address,
                    protocol,
                    host,
                    port,
                    username,
                    null,
                    folder,
                    smtpHost,
                    smtpPort,
                    smtpSecurity,
                    smtpUsername,
                    null,
                    enabled);
        }

        private static String text(@Nullable String value) {
            return value == null ? "" : value;
        }
    }

    @GetMapping("/admin/mailboxes")
    String page(@RequestParam(required = false) @Nullable Long show, Actor actor, Model model) {
        List<MailboxView> all = mailboxes.of(actor);
        model.addAttribute("mailboxes", all);
        model.addAttribute("protocols", MailProtocol.values());
        model.addAttribute("securities", SmtpSecurity.values());
        Long selected =
                show != null ? show : all.isEmpty() ? null : all.getFirst().id();
        if (selected != null) {
            model.addAttribute("selected", selected);
            model.addAttribute("received", mailboxes.received(selected, actor));
        }
        model.addAttribute("sent", mailboxes.sent(actor));
        return "intake/mailboxes";
    }

    /** Saves the mailbox; a refused field is shown next to it, in the form as it was filled in. */
    @PostMapping("/admin/mailboxes")
    String save(MailboxForm form, Actor actor, RedirectAttributes redirect) {
        try {
            if (form.id() == null) {
                mailboxes.create(form.settings(), actor);
            } else {
                mailboxes.change(form.id(), form.settings(), actor);
            }
            redirect.addFlashAttribute("notice", "mail.done.saved");
        } catch (DomainException e) {
            redirect.addFlashAttribute("form", form.withoutPasswords());
            redirect.addFlashAttribute("errors", fieldMessages.of(e.problems()));
            if (e.problems().isEmpty()) {
                redirect.addFlashAttribute("failure", fieldMessages.refusal(e));
            }
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("form", form.withoutPasswords());
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/admin/mailboxes";
    }

    @PostMapping("/admin/mailboxes/{id}/test")
    String test(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        String result = mailboxes.test(id, actor);
        redirect.addFlashAttribute(result.equals("OK") ? "tested" : "failure", result);
        return "redirect:/admin/mailboxes?show=" + id;
    }

    @PostMapping("/admin/mailboxes/{id}/read")
    String readNow(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        redirect.addFlashAttribute("read", mailboxes.readNow(id, actor));
        return "redirect:/admin/mailboxes?show=" + id;
    }

    @GetMapping("/admin/mailboxes/received/{id}.eml")
    ResponseEntity<byte[]> raw(@PathVariable long id, Actor actor) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("message/rfc822"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("mail-" + id + ".eml")
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(mailboxes.raw(id, actor));
    }
}
