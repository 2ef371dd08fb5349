package io.loopdesk.sla.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.sla.BreachView;
import io.loopdesk.sla.ComplaintView;
import io.loopdesk.sla.Complaints;
import io.loopdesk.sla.SlaClocks;
import io.loopdesk.sla.TicketSla;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A ticket's SLA and complaints, and the breach report, under {@code /api/v1}. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "SLA", description = "Clocks, breaches and complaints")
class SlaApiController {

    private final SlaClocks clocks;
    private final Complaints complaints;
    private final TenantParameter tenants;

    SlaApiController(SlaClocks clocks, Complaints complaints, TenantParameter tenants) {
        this.clocks = clocks;
        this.complaints = complaints;
        this.tenants = tenants;
    }

    /** What a customer sends with "complain". */
    record ComplaintRequest(@Nullable String reason) {}

    @GetMapping("/tickets/{number}/sla")
    @Operation(
            summary = "A ticket's SLA clocks, breaches and complaint signals (staff)",
            description = "left is the time left in the target's kind of time; negative means overdue or met late.")
    TicketSla sla(@PathVariable String number, Actor actor) {
        return clocks.of(number, actor);
    }

    @PostMapping("/tickets/{number}/complaint")
    @Operation(summary = "Complain about a ticket (the customer who raised it)")
    ResponseEntity<ComplaintView> complain(
            @PathVariable String number,
            @RequestBody(required = false) @Nullable ComplaintRequest request,
            Actor actor) {
        String reason = request == null || request.reason() == null ? "" : request.reason();
        return ResponseEntity.status(201).body(complaints.complain(number, reason, actor));
    }

    @GetMapping("/sla/breaches")
    @Operation(summary = "Missed SLA targets whose due time is in [from, to), oldest first (staff)")
    List<BreachView> breaches(
            @Parameter(description = "ISO instant") @RequestParam String from,
            @Parameter(description = "ISO instant") @RequestParam String to,
            @RequestParam(defaultValue = "200") int limit,
            @RequestParam(required = false) @Nullable String tenant,
            Actor actor) {
        return clocks.breaches(tenants.resolve(tenant, actor), instant("from", from), instant("to", to), limit, actor);
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    name + " must be an ISO instant like 2026-11-23T00:00:00Z, not '" + value + "'.");
        }
    }
}
