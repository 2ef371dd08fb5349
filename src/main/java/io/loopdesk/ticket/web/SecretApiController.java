package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.secret.SecretView;
import io.loopdesk.ticket.secret.TicketSecrets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Passwords hidden in ticket text over the API: list them, reveal one (recorded in the history). */
@RestController
@RequestMapping("/api/v1/tickets/{number}/secrets")
@Tag(name = "Tickets", description = "Open, read, list and work tickets")
class SecretApiController {

    private final TicketSecrets secrets;

    SecretApiController(TicketSecrets secrets) {
        this.secrets = secrets;
    }

    /** A revealed secret. */
    record Revealed(long id, String secret) {}

    @GetMapping
    @Operation(summary = "Passwords and keys hidden in the ticket's text (without their values)")
    List<SecretView> list(@PathVariable String number, Actor actor) {
        return secrets.of(number, actor);
    }

    @PostMapping("/{id}/reveal")
    @Operation(summary = "Reveal one hidden secret (agents, engineers, supervisors); recorded in the history")
    ResponseEntity<Revealed> reveal(@PathVariable String number, @PathVariable long id, Actor actor) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new Revealed(id, secrets.reveal(number, id, actor)));
    }
}
