package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.custom.CustomFieldView;
import io.loopdesk.ticket.custom.CustomFields;
import io.loopdesk.ticket.custom.FieldDefinition;
import io.loopdesk.ticket.custom.FieldSummary;
import io.loopdesk.ticket.custom.FieldType;
import io.loopdesk.ticket.custom.FieldValue;
import io.loopdesk.ticket.custom.TicketFieldValues;
import io.loopdesk.ticket.value.TicketStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's own ticket fields over the API: their definitions, the values of a ticket, and the report. */
@RestController
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class CustomFieldApiController {

    /** A field as an admin defines it; {@code key} and {@code type} only when adding it. */
    record FieldRequest(
            @Nullable String key,
            @Nullable FieldType type,
            @Nullable String label,
            @Nullable List<String> options,
            @Nullable Set<TicketStatus> requiredFor,
            @Nullable Boolean onForm,
            @Nullable Boolean active) {

        FieldDefinition definition() {
            return new FieldDefinition(
                    key,
                    type,
                    label == null ? "" : label,
                    options == null ? List.of() : options,
                    requiredFor == null ? Set.of() : requiredFor,
                    Boolean.TRUE.equals(onForm),
                    active == null || active);
        }
    }

    /** A ticket's field with its values: one for most fields, the options chosen for a multiple choice. */
    record ValueJson(String key, String label, FieldType type, List<String> values) {
        static ValueJson of(FieldValue value) {
            return new ValueJson(
                    value.field().key(), value.field().label(), value.field().type(), value.values());
        }
    }

    private final CustomFields fields;
    private final TicketFieldValues values;
    private final FieldReportPeriod reports;

    CustomFieldApiController(CustomFields fields, TicketFieldValues values, FieldReportPeriod reports) {
        this.fields = fields;
        this.values = values;
        this.reports = reports;
    }

    @GetMapping("/api/v1/ticket-fields")
    List<CustomFieldView> all(Actor actor) {
        return fields.all(actor);
    }

    @PostMapping("/api/v1/ticket-fields")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
    CustomFieldView add(@RequestBody FieldRequest request, Actor actor) {
        return fields.add(request.definition(), actor);
    }

    @PutMapping("/api/v1/ticket-fields/{key}")
    @PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
    CustomFieldView change(@PathVariable String key, @RequestBody FieldRequest request, Actor actor) {
        return fields.change(key, request.definition(), actor);
    }

    @GetMapping("/api/v1/tickets/{number}/fields")
    List<ValueJson> of(@PathVariable String number, Actor actor) {
        return values.of(number, actor).stream().map(ValueJson::of).toList();
    }

    /**
     * Sets the fields named (key to a value, a list of values for a multiple choice, or null to clear it); answers
     * every field of the ticket.
     */
    @PutMapping("/api/v1/tickets/{number}/fields")
    List<ValueJson> set(@PathVariable String number, @RequestBody Map<String, @Nullable Object> typed, Actor actor) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        typed.forEach((key, value) -> given.put(key, strings(value)));
        return values.set(number, given, actor).stream().map(ValueJson::of).toList();
    }

    @GetMapping("/api/v1/reports/fields/{key}")
    @PreAuthorize("hasAnyRole('SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
    FieldSummary report(
            @PathVariable String key,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Actor actor) {
        return reports.summary(key, from, to, actor);
    }

    private static List<String> strings(@Nullable Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            List<String> all = new ArrayList<>();
            list.forEach(each -> all.add(each == null ? "" : String.valueOf(each)));
            return all;
        }
        return List.of(String.valueOf(value));
    }
}
