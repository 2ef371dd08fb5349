package io.loopdesk.automation.web;

import io.loopdesk.automation.AutomationRuleView;
import io.loopdesk.automation.AutomationRules;
import io.loopdesk.automation.DryRun;
import io.loopdesk.automation.FiringOutcome;
import io.loopdesk.automation.FiringView;
import io.loopdesk.identity.Actor;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A tenant's automations over the API: write them, put them in order, try them on recent tickets, read their log. */
@RestController
@PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
class AutomationApiController {

    /** A firing as the API shows it, its reason in the reader's language. */
    record FiringJson(
            long ruleId,
            String ruleName,
            String ticketNumber,
            FiringOutcome outcome,
            @Nullable String reason,
            Instant at) {}

    private final AutomationRules rules;
    private final DryRun dryRun;
    private final MessageSource messages;

    AutomationApiController(AutomationRules rules, DryRun dryRun, MessageSource messages) {
        this.rules = rules;
        this.dryRun = dryRun;
        this.messages = messages;
    }

    @GetMapping("/api/v1/automations")
    List<AutomationRuleView> list(Actor actor) {
        return rules.list(actor);
    }

    @PostMapping("/api/v1/automations")
    @ResponseStatus(HttpStatus.CREATED)
    AutomationRuleView create(@RequestBody RuleRequest request, Actor actor) {
        return rules.create(request.draft(), actor);
    }

    @GetMapping("/api/v1/automations/{id}")
    AutomationRuleView get(@PathVariable long id, Actor actor) {
        return rules.get(id, actor);
    }

    @PutMapping("/api/v1/automations/{id}")
    AutomationRuleView update(@PathVariable long id, @RequestBody RuleRequest request, Actor actor) {
        return rules.update(id, request.draft(), actor);
    }

    @DeleteMapping("/api/v1/automations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, Actor actor) {
        rules.delete(id, actor);
    }

    /** Moves the rule one place earlier ({@code up=true}) or later; answers the rules in their new order. */
    @PostMapping("/api/v1/automations/{id}/move")
    List<AutomationRuleView> move(@PathVariable long id, @RequestParam(defaultValue = "true") boolean up, Actor actor) {
        return rules.move(id, up, actor);
    }

    /** Which recent tickets the rule as written would hit; nothing is saved or changed. */
    @PostMapping("/api/v1/automations/dry-run")
    DryRun.Result dryRun(@RequestBody RuleRequest request, Actor actor) {
        return dryRun.over(request.draft(), actor);
    }

    @PostMapping("/api/v1/automations/{id}/dry-run")
    DryRun.Result dryRunSaved(@PathVariable long id, Actor actor) {
        return dryRun.over(rules.get(id, actor).rule(), actor);
    }

    /** The latest firings, newest first: of one rule ({@code rule}) or of all. */
    @GetMapping("/api/v1/automations/firings")
    List<FiringJson> firings(
            @RequestParam(required = false) @Nullable Long rule,
            @RequestParam(defaultValue = "100") int limit,
            Actor actor) {
        return rules.firings(rule, Math.clamp(limit, 1, 500), actor).stream()
                .map(this::json)
                .toList();
    }

    private FiringJson json(FiringView firing) {
        String reason = firing.reason() == null
                ? null
                : firing.reason()
                        .render(
                                messages,
                                LocaleContextHolder.getLocale(),
                                firing.reason().key());
        return new FiringJson(
                firing.ruleId(), firing.ruleName(), firing.ticketNumber(), firing.outcome(), reason, firing.at());
    }
}
