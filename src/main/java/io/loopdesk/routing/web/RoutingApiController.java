package io.loopdesk.routing.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.routing.AgentView;
import io.loopdesk.routing.Categories;
import io.loopdesk.routing.CategoryView;
import io.loopdesk.routing.Presence;
import io.loopdesk.routing.RoutingPolicies;
import io.loopdesk.routing.RoutingRules;
import io.loopdesk.routing.incident.IncidentView;
import io.loopdesk.routing.incident.Incidents;
import io.loopdesk.routing.transfer.HandoverNote;
import io.loopdesk.routing.transfer.HandoverView;
import io.loopdesk.routing.transfer.Transfers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Routing over the API: duty, categories and rules, transfers, dispatch, escalation, incidents. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Routing", description = "Who handles which ticket")
class RoutingApiController {

    private final Presence presence;
    private final Categories categories;
    private final RoutingPolicies policies;
    private final Transfers transfers;
    private final Incidents incidents;
    private final io.loopdesk.routing.Classifications classifications;

    RoutingApiController(
            Presence presence,
            Categories categories,
            RoutingPolicies policies,
            Transfers transfers,
            Incidents incidents,
            io.loopdesk.routing.Classifications classifications) {
        this.presence = presence;
        this.categories = categories;
        this.policies = policies;
        this.transfers = transfers;
        this.incidents = incidents;
        this.classifications = classifications;
    }

    /** Going on or off duty. */
    record DutyRequest(boolean onDuty, @Nullable String note) {}

    @GetMapping("/me/duty")
    @Operation(summary = "Am I on duty?")
    AgentView duty(Actor actor) {
        return presence.of(requireUser(actor));
    }

    @PutMapping("/me/duty")
    @Operation(
            summary = "Go on or off duty",
            description = "Going off duty hands your new and in-progress tickets "
                    + "to on-duty teammates, or back to the team queue.")
    AgentView changeDuty(@RequestBody DutyRequest request, Actor actor) {
        return request.onDuty() ? presence.goOnDuty(actor) : presence.goOffDuty(actor, request.note());
    }

    /** An agent's skills and cap. */
    record AgentChange(
            @Nullable Set<String> skills, @Nullable Integer cap) {}

    @PutMapping("/agents/{userId}")
    @Operation(summary = "Set an agent's skill tags and ticket cap (supervisors)")
    AgentView changeAgent(@PathVariable long userId, @RequestBody AgentChange change, Actor actor) {
        return presence.change(userId, change.skills() == null ? Set.of() : change.skills(), change.cap(), actor);
    }

    @GetMapping("/categories")
    @Operation(summary = "Your tenant's categories")
    List<CategoryView> categories(Actor actor) {
        return categories.of(actor.tenantId());
    }

    @PutMapping("/categories")
    @Operation(summary = "Add or change a category (tenant admins)")
    CategoryView saveCategory(@RequestBody CategoryView category, Actor actor) {
        return categories.save(actor.tenantId(), category, actor);
    }

    @GetMapping("/routing-rules")
    @PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
    @Operation(summary = "Your tenant's routing rules")
    RoutingRules rules(Actor actor) {
        return policies.rules(actor.tenantId());
    }

    @PutMapping("/routing-rules")
    @Operation(summary = "Change your tenant's routing rules (tenant admins)")
    RoutingRules changeRules(@RequestBody RoutingRules rules, Actor actor) {
        return policies.change(actor.tenantId(), rules, actor);
    }

    /** A transfer. */
    record TransferRequest(
            @Nullable Long toAgentId,
            @Nullable Long toTeamId,
            @Nullable String found,
            @Nullable String nextSteps) {}

    @PostMapping("/tickets/{number}/transfer")
    @Operation(
            summary = "Transfer a ticket (转单) with a handover note",
            description = "The customer first gets the standard 'passed to the right colleague' reply.")
    ResponseEntity<HandoverView> transfer(
            @PathVariable String number, @RequestBody TransferRequest request, Actor actor) {
        HandoverNote note = new HandoverNote(text(request.found()), text(request.nextSteps()));
        return ResponseEntity.status(201)
                .body(transfers.transfer(number, request.toAgentId(), request.toTeamId(), note, actor));
    }

    /** A dispatch or an escalation. */
    record Reason(@Nullable String text) {}

    @PostMapping("/tickets/{number}/dispatch")
    @Operation(summary = "Dispatch the ticket to the platform's support (派单)")
    ResponseEntity<HandoverView> dispatch(@PathVariable String number, @RequestBody Reason problem, Actor actor) {
        return ResponseEntity.status(201).body(transfers.dispatch(number, text(problem.text()), actor));
    }

    @PostMapping("/dispatches/{id}/answer")
    @Operation(summary = "The platform answers a dispatch (platform operators)")
    HandoverView answer(@PathVariable long id, @RequestBody Reason answer, Actor actor) {
        return transfers.completeDispatch(id, text(answer.text()), actor);
    }

    @GetMapping("/dispatches")
    @Operation(summary = "Open dispatches of all tenants (platform operators)")
    List<HandoverView> dispatches(Actor actor) {
        return transfers.openDispatches(actor);
    }

    @PostMapping("/tickets/{number}/escalate")
    @Operation(summary = "Escalate one level: first line → senior → complex-problem group")
    ResponseEntity<HandoverView> escalate(@PathVariable String number, @RequestBody Reason reason, Actor actor) {
        return ResponseEntity.status(201).body(transfers.escalate(number, text(reason.text()), actor));
    }

    @GetMapping("/tickets/{number}/handovers")
    @Operation(summary = "The ticket's transfers, dispatches and escalations")
    List<HandoverView> handovers(@PathVariable String number, Actor actor) {
        return transfers.of(number, actor);
    }

    @GetMapping("/classification/pending")
    @PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
    @Operation(summary = "Tickets waiting for a reviewer to choose their category")
    List<io.loopdesk.routing.ReviewItem> pending(Actor actor) {
        return classifications.pending(actor);
    }

    /** A reviewer's decision. */
    record Decision(@Nullable String category) {}

    @PutMapping("/tickets/{number}/category")
    @Operation(summary = "Decide a ticket's category (reviewers); the decision trains the classifier")
    ResponseEntity<Void> decide(@PathVariable String number, @RequestBody Decision decision, Actor actor) {
        classifications.decide(number, text(decision.category()), actor);
        return ResponseEntity.noContent().build();
    }

    /** A text to classify. */
    record Sample(@Nullable String text) {}

    @PostMapping("/classification/try")
    @PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
    @Operation(summary = "What the classifier makes of a text, without a ticket")
    io.loopdesk.routing.classify.Classification tryOut(@RequestBody Sample sample, Actor actor) {
        return classifications.classify(actor.tenantId(), text(sample.text()));
    }

    /** A new incident. */
    record IncidentRequest(
            @Nullable String title,
            @Nullable String description,
            @Nullable String category) {}

    @GetMapping("/incidents")
    @PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
    @Operation(summary = "Your tenant's major incidents")
    List<IncidentView> incidents(Actor actor) {
        return incidents.all(actor);
    }

    @PostMapping("/incidents")
    @Operation(summary = "Declare a major incident (supervisors)")
    ResponseEntity<IncidentView> declare(@RequestBody IncidentRequest request, Actor actor) {
        return ResponseEntity.status(201)
                .body(incidents.declare(text(request.title()), text(request.description()), request.category(), actor));
    }

    @PostMapping("/incidents/{id}/tickets/{number}")
    @Operation(summary = "Link a ticket to an incident")
    IncidentView link(@PathVariable long id, @PathVariable String number, Actor actor) {
        return incidents.link(id, number, actor);
    }

    @PostMapping("/incidents/{id}/resolve")
    @Operation(summary = "Resolve an incident: every linked customer is told and asked to confirm")
    IncidentView resolve(@PathVariable long id, @RequestBody Reason message, Actor actor) {
        return incidents.resolve(id, text(message.text()), actor);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static long requireUser(Actor actor) {
        if (actor.userId() == null) {
            throw new IllegalArgumentException("Only people have a duty status.");
        }
        return actor.userId();
    }
}
