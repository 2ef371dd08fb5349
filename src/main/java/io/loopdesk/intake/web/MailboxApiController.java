package io.loopdesk.intake.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.intake.mail.InboundMailView;
import io.loopdesk.intake.mail.MailboxSettings;
import io.loopdesk.intake.mail.MailboxView;
import io.loopdesk.intake.mail.Mailboxes;
import io.loopdesk.intake.mail.OutgoingMailView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Support mailboxes over the API (tenant admins). Passwords go in, never come out. */
@RestController
@RequestMapping("/api/v1/mailboxes")
@Tag(name = "E-mail channel")
class MailboxApiController {

    private final Mailboxes mailboxes;

    MailboxApiController(Mailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    @GetMapping
    @Operation(summary = "Your tenant's mailboxes with their status")
    List<MailboxView> list(Actor actor) {
        return mailboxes.of(actor);
    }

    @PostMapping
    @Operation(summary = "Add a support mailbox")
    ResponseEntity<MailboxView> create(@RequestBody MailboxSettings settings, Actor actor) {
        return ResponseEntity.status(201).body(mailboxes.create(settings, actor));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a mailbox; empty passwords keep the stored ones")
    MailboxView change(@PathVariable long id, @RequestBody MailboxSettings settings, Actor actor) {
        return mailboxes.change(id, settings, actor);
    }

    @PostMapping("/{id}/test")
    @Operation(summary = "Try to connect, reading nothing")
    Map<String, String> test(@PathVariable long id, Actor actor) {
        return Map.of("result", mailboxes.test(id, actor));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Read the mailbox now")
    Map<String, Integer> read(@PathVariable long id, Actor actor) {
        return Map.of("handled", mailboxes.readNow(id, actor));
    }

    @GetMapping("/{id}/received")
    @Operation(summary = "The last mails read from the mailbox and what became of them")
    List<InboundMailView> received(@PathVariable long id, Actor actor) {
        return mailboxes.received(id, actor);
    }

    @GetMapping("/outbox")
    @Operation(summary = "The last replies sent or waiting to be sent by e-mail")
    List<OutgoingMailView> outbox(Actor actor) {
        return mailboxes.sent(actor);
    }
}
