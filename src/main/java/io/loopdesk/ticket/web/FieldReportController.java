package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.web.TimeParameters;
import io.loopdesk.ticket.custom.CustomFieldView;
import io.loopdesk.ticket.custom.CustomFields;
import io.loopdesk.ticket.custom.FieldReport;
import io.loopdesk.ticket.custom.FieldSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** A report on one of the tenant's own fields over the tickets of a period, as a page and over the API. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class FieldReportController {

    private static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    private final FieldReport report;
    private final CustomFields fields;
    private final TimeParameters times;
    private final Clock clock;

    FieldReportController(FieldReport report, CustomFields fields, TimeParameters times, Clock clock) {
        this.report = report;
        this.fields = fields;
        this.times = times;
        this.clock = clock;
    }

    @GetMapping("/reports/fields")
    String page(
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Actor actor,
            Model model) {
        List<CustomFieldView> all = fields.all(actor);
        model.addAttribute("fields", all);
        model.addAttribute("field", field);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        String chosen = field != null && !field.isBlank()
                ? field
                : all.isEmpty() ? null : all.getFirst().key();
        if (chosen != null) {
            model.addAttribute("field", chosen);
            model.addAttribute("summary", summary(chosen, from, to, actor));
        }
        return "ticket/field-report";
    }

    @GetMapping("/api/v1/reports/fields/{key}")
    @ResponseBody
    FieldSummary api(
            @PathVariable String key,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Actor actor) {
        return summary(key, from, to, actor);
    }

    private FieldSummary summary(String key, @Nullable String from, @Nullable String to, Actor actor) {
        Instant end = times.to("to", to);
        // up to now, the tickets registered this very moment included
        Instant until = end == null ? clock.instant().plusMillis(1) : end;
        Instant start = times.from("from", from);
        return report.of(key, start == null ? until.minus(DEFAULT_PERIOD) : start, until, actor);
    }
}
