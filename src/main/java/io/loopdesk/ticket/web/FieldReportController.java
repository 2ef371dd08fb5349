package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.custom.CustomFieldView;
import io.loopdesk.ticket.custom.CustomFields;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A report on one of the tenant's own fields over the tickets of a period; its figures are in the API too. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class FieldReportController {

    private final FieldReportPeriod report;
    private final CustomFields fields;

    FieldReportController(FieldReportPeriod report, CustomFields fields) {
        this.report = report;
        this.fields = fields;
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
            model.addAttribute("summary", report.summary(chosen, from, to, actor));
        }
        return "ticket/field-report";
    }
}
