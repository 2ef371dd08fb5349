package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CurrentActor;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.OpenTicket;
import io.loopdesk.ticket.TicketEdit;
import io.loopdesk.ticket.TicketLifecycle;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.form.TicketFormRules;
import io.loopdesk.ticket.tag.TagName;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.HistoryEntryView;
import io.loopdesk.ticket.view.MessageView;
import io.loopdesk.ticket.view.ProgressView;
import io.loopdesk.ticket.view.TicketPage;
import io.loopdesk.ticket.view.TicketView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The ticket REST API under {@code /api/v1/tickets}. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tickets", description = "Open, read, list and work tickets")
class TicketApiController {

    private final Tickets tickets;
    private final TicketQueries queries;
    private final Tenants tenants;
    private final TicketListParameters listParameters;

    TicketApiController(Tickets tickets, TicketQueries queries, Tenants tenants, TicketListParameters listParameters) {
        this.tickets = tickets;
        this.queries = queries;
        this.tenants = tenants;
        this.listParameters = listParameters;
    }

    @PostMapping("/tickets")
    @Operation(
            summary = "Open a ticket",
            description = "Returns the new ticket with its number. The channel is set by the system: WEB for a "
                    + "customer, PHONE for staff registering a call, API for an integration's token.")
    ResponseEntity<TicketView> open(
            @Parameter(description = "Tenant code; only platform operators give it, everyone else opens in their own")
                    @RequestParam(required = false)
                    @Nullable
                    String tenant,
            @RequestBody OpenTicket request,
            Actor actor) {
        TicketView ticket = tickets.open(tenantFor(tenant, actor), channelOf(actor), request, actor);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{number}")
                .buildAndExpand(ticket.number())
                .toUri();
        return ResponseEntity.created(location).body(ticket);
    }

    @GetMapping("/tickets/{number}")
    @Operation(summary = "Read one ticket")
    TicketView get(@PathVariable String number, Actor actor) {
        return queries.get(number, actor);
    }

    @GetMapping("/tickets")
    @Operation(
            summary = "List tickets",
            description = "Filters combine with AND; pages are keyset-based: pass "
                    + "nextCursor back as cursor (or follow next) for the next page.")
    TicketPageResponse list(
            @Parameter(description = "Repeat for several") @RequestParam(required = false) @Nullable
                    Set<TicketStatus> status,
            @RequestParam(required = false) @Nullable String category,
            @Parameter(description = "me, none, or a user id") @RequestParam(required = false) @Nullable
                    String assignee,
            @RequestParam(required = false) @Nullable Set<io.loopdesk.ticket.value.Urgency> urgency,
            @RequestParam(required = false) @Nullable Set<Channel> channel,
            @Parameter(
                            description =
                                    "Date (the start of that day in your tenant's time zone), local date and time, or instant")
                    @RequestParam(required = false)
                    @Nullable
                    String createdFrom,
            @Parameter(
                            description =
                                    "Date (included: the end of that day in your tenant's time zone), local date and"
                                            + " time, or instant (excluded)")
                    @RequestParam(required = false)
                    @Nullable
                    String createdTo,
            @Parameter(
                            description =
                                    "Text the title, description or a contact field (customer, contact person, contact, phone) contains, or a ticket number")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @RequestParam(defaultValue = "NEWEST") TicketQuery.Order order,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) @Nullable String cursor,
            @Parameter(description = "true: only tickets flagged as complaints") @RequestParam(defaultValue = "false")
                    boolean complaint,
            @Parameter(description = "UNRATED, or the customer's rating: DISSATISFIED, NEUTRAL, SATISFIED")
                    @RequestParam(required = false)
                    TicketQuery.@Nullable RatingFilter rating,
            @Parameter(description = "The language tickets are written in, as detected: zh-CN, zh-TW, en, ...")
                    @RequestParam(required = false)
                    @Nullable
                    String language,
            @Parameter(description = "Only tickets about this product, exactly as registered")
                    @RequestParam(required = false)
                    @Nullable
                    String product,
            @Parameter(description = "Only tickets carrying this tag") @RequestParam(required = false) @Nullable
                    String tag,
            @Parameter(description = "Only tickets with a value in this field of the tenant's own (its key)")
                    @RequestParam(required = false)
                    @Nullable
                    String field,
            @Parameter(description = "With field: only tickets with this value in it")
                    @RequestParam(required = false)
                    @Nullable
                    String fieldValue,
            Actor actor) {
        TicketQuery query = listParameters
                .query(
                        status,
                        category,
                        assignee,
                        urgency,
                        channel,
                        createdFrom,
                        createdTo,
                        q,
                        order,
                        limit,
                        cursor,
                        actor)
                .complaintsOnly(complaint)
                .rating(rating)
                .language(TicketListParameters.language(language))
                .product(product)
                .tag(tag == null || tag.isBlank() ? null : TagName.of(tag))
                .field(TicketQuery.FieldFilter.of(field, fieldValue))
                .build();
        TicketPage page = queries.list(query, actor);
        String next = page.nextCursor() == null
                ? null
                : ServletUriComponentsBuilder.fromCurrentRequest()
                        .replaceQueryParam("cursor", page.nextCursor())
                        .build()
                        .toUriString();
        return new TicketPageResponse(page.items(), page.nextCursor(), next);
    }

    @PatchMapping("/tickets/{number}")
    @Operation(summary = "Change editable fields", description = "Every change is recorded in the history.")
    TicketView edit(@PathVariable String number, @RequestBody TicketEdit edit, Actor actor) {
        return tickets.edit(number, edit, actor);
    }

    @PostMapping("/tickets/{number}/messages")
    @Operation(summary = "Write a public reply or an internal note")
    ResponseEntity<MessageView> addMessage(
            @PathVariable String number, @RequestBody MessageRequest request, Actor actor) {
        MessageKind kind = request.kind() == null ? MessageKind.PUBLIC_REPLY : request.kind();
        MessageView message = tickets.addMessage(number, kind, request.body() == null ? "" : request.body(), actor);
        return ResponseEntity.status(201).body(message);
    }

    @GetMapping("/tickets/{number}/messages")
    @Operation(summary = "Read the messages", description = "Customers do not see internal notes.")
    List<MessageView> messages(@PathVariable String number, Actor actor) {
        return queries.messages(number, actor);
    }

    @PostMapping("/tickets/{number}/status")
    @Operation(
            summary = "Change the status",
            description = "Only the moves of GET /api/v1/ticket-lifecycle are "
                    + "allowed, each for certain roles; reopening and early closing need a reason.")
    TicketView changeStatus(@PathVariable String number, @RequestBody StatusRequest request, Actor actor) {
        if (request.status() == null) {
            throw new IllegalArgumentException("Give the target status.");
        }
        return tickets.changeStatus(number, request.status(), request.reason(), actor);
    }

    @PutMapping("/tickets/{number}/assignee")
    @Operation(
            summary = "Assign or unassign",
            description = "Supervisors assign anyone; a handler may take an " + "unassigned ticket.")
    TicketView assign(@PathVariable String number, @RequestBody AssigneeRequest request, Actor actor) {
        return tickets.assign(number, request.assigneeId(), request.note(), actor);
    }

    @PutMapping("/tickets/{number}/routing")
    @Operation(
            summary = "Put the ticket in a team's queue and on someone's desk (supervisors)",
            description = "Both teamId and assigneeId may be null.")
    TicketView route(@PathVariable String number, @RequestBody AssigneeRequest request, Actor actor) {
        return tickets.route(number, request.teamId(), request.assigneeId(), request.note(), actor);
    }

    @PostMapping("/tickets/{number}/progress")
    @Operation(summary = "Record progress")
    ResponseEntity<ProgressView> addProgress(
            @PathVariable String number, @RequestBody ProgressRequest request, Actor actor) {
        return ResponseEntity.status(201).body(tickets.addProgress(number, request.toEntry(), actor));
    }

    @GetMapping("/tickets/{number}/progress")
    @Operation(summary = "Read the progress records")
    List<ProgressView> progress(@PathVariable String number, Actor actor) {
        return queries.progress(number, actor);
    }

    @GetMapping("/tickets/{number}/history")
    @Operation(
            summary = "Read the history",
            description = "Append-only: every change, who made it and when. " + "There is no way to edit or delete it.")
    List<HistoryEntryView> history(@PathVariable String number, Actor actor) {
        return queries.history(number, actor);
    }

    @GetMapping("/ticket-lifecycle")
    @Operation(summary = "The allowed status changes and who may make them")
    List<TicketLifecycle.Transition> lifecycle() {
        return TicketLifecycle.transitions();
    }

    @GetMapping("/ticket-form-rules")
    @Operation(summary = "Your tenant's registration rules")
    TicketFormRules formRules(@RequestParam(required = false) @Nullable String tenant, Actor actor) {
        return tickets.formRules(tenantFor(tenant, actor));
    }

    @PutMapping("/ticket-form-rules")
    @Operation(summary = "Change your tenant's registration rules (tenant admins)")
    TicketFormRules changeFormRules(
            @RequestParam(required = false) @Nullable String tenant,
            @RequestBody FormRulesRequest request,
            Actor actor) {
        long tenantId = tenantFor(tenant, actor);
        TicketFormRules current = tickets.formRules(tenantId);
        TicketFormRules changed = new TicketFormRules(
                request.minDescriptionLength() == null
                        ? current.minDescriptionLength()
                        : request.minDescriptionLength(),
                request.requiredFields() == null ? current.requiredFields() : request.requiredFields(),
                request.contactKinds() == null ? current.contactKinds() : request.contactKinds());
        return tickets.changeFormRules(tenantId, changed, actor);
    }

    private long tenantFor(@Nullable String tenantCode, Actor actor) {
        if (tenantCode == null || tenantCode.isBlank()) {
            return actor.tenantId();
        }
        TenantInfo tenant = tenants.byCode(tenantCode.strip())
                .filter(t -> actor.seesAllTenants() || t.id() == actor.tenantId())
                .orElseThrow(() -> new IllegalArgumentException("No tenant '" + tenantCode + "' you can work in."));
        return tenant.id();
    }

    private static Channel channelOf(Actor actor) {
        if (CurrentActor.viaApiToken()) {
            return Channel.API;
        }
        return actor.isCustomer() ? Channel.WEB : Channel.PHONE;
    }
}
