package io.loopdesk.reporting.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.reporting.LiveWall;
import io.loopdesk.reporting.WallView;
import io.loopdesk.tenant.TenantInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** The live wall as a page that refreshes itself every 30 seconds, and as JSON. */
@Controller
@Tag(name = "Reports")
class WallController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LiveWall wall;
    private final ReportTenant tenants;
    private final MessageSource messages;

    WallController(LiveWall wall, ReportTenant tenants, MessageSource messages) {
        this.wall = wall;
        this.tenants = tenants;
        this.messages = messages;
    }

    @GetMapping("/reports/wall")
    @PreAuthorize("hasAnyRole('SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
    String page(
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Actor actor,
            Locale locale,
            Model model) {
        TenantInfo tenant = tenants.resolve(null, actor);
        WallView view = wall.of(tenant, actor, locale);
        model.addAttribute("wall", view);
        model.addAttribute("page", "wall");
        model.addAttribute("arrivals", arrivals(view, locale));
        model.addAttribute("zone", tenant.timeZone());
        return htmx != null ? "reporting/wall :: wall" : "reporting/wall";
    }

    @GetMapping(path = "/api/v1/reports/wall", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Operation(
            summary = "The live wall: arrivals per 5 minutes today and a week ago, open by status and team, due"
                    + " within the hour, on duty and their load, today's figures",
            description = "Supervisors, QA and tenant admins of the tenant.")
    WallView json(Actor actor, Locale locale) {
        return wall.of(tenants.resolve(null, actor), actor, locale);
    }

    private String arrivals(WallView view, Locale locale) {
        List<String> times = new ArrayList<>();
        for (int slot = 0; slot < view.arrivalsLastWeek().length; slot++) {
            times.add(LocalTime.MIDNIGHT.plusMinutes(5L * slot).toString());
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("categories", times);
        chart.put(
                "series",
                List.of(
                        Map.of(
                                "name", messages.getMessage("report.wall.today", null, locale),
                                "type", "line",
                                "data", view.arrivalsToday()),
                        Map.of(
                                "name", messages.getMessage("report.wall.lastWeek", null, locale),
                                "type", "line",
                                "data", view.arrivalsLastWeek())));
        return JSON.writeValueAsString(chart);
    }
}
