package io.loopdesk.sla.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.web.TimeParameters;
import io.loopdesk.sla.TicketSla;
import io.loopdesk.sla.clock.BreachView;
import io.loopdesk.sla.clock.SlaClocks;
import io.loopdesk.sla.complaint.ComplaintView;
import io.loopdesk.sla.complaint.Complaints;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
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
    private final TimeParameters times;

    SlaApiController(SlaClocks clocks, Complaints complaints, TenantParameter tenants, TimeParameters times) {
        this.clocks = clocks;
        this.complaints = complaints;
        this.tenants = tenants;
        this.times = times;
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
    @Operation(
            summary = "Missed SLA targets whose due time is in [from, to), oldest first (staff)",
            description = "from and to: a date (a whole day of your tenant's time zone, to included), a date and time"
                    + " of that zone (2026-11-23T09:30) or an instant (2026-11-23T01:30:00Z).")
    List<BreachView> breaches(
            @Parameter(description = "Date, local date and time, or instant") @RequestParam String from,
            @Parameter(description = "Date (included), local date and time, or instant (excluded)") @RequestParam
                    String to,
            @RequestParam(defaultValue = "200") int limit,
            @RequestParam(required = false) @Nullable String tenant,
            Actor actor) {
        return clocks.breaches(
                tenants.resolve(tenant, actor),
                required("from", times.from("from", from)),
                required("to", times.to("to", to)),
                limit,
                actor);
    }

    private static Instant required(String name, @Nullable Instant value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required: a date (2026-11-23) or an instant.");
        }
        return value;
    }
}
