package io.loopdesk.sla.web;

import io.loopdesk.shared.FieldProblem;
import io.loopdesk.sla.SlaTarget;
import io.loopdesk.sla.TimeBasis;
import io.loopdesk.sla.policy.PolicyName;
import io.loopdesk.sla.policy.SlaSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The settings page's form: {@link SlaSettings} as text fields named like the API's JSON paths
 * ({@code standard.firstResponse}), and back. Text that is not a duration or a number is reported on its field.
 */
final class SettingsForm {

    /** The settings read from a form, or why not. */
    record Parsed(@Nullable SlaSettings settings, List<FieldProblem> problems) {}

    private final Map<String, String> form;
    private final List<FieldProblem> problems = new ArrayList<>();

    private SettingsForm(Map<String, String> form) {
        this.form = form;
    }

    static Map<String, String> values(SlaSettings s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("policy", s.policy().name());
        v.put("standard.firstResponse", DurationText.format(s.standard().firstResponse()));
        v.put(
                "standard.technicalFirstResponse",
                DurationText.format(s.standard().technicalFirstResponse()));
        v.put("standard.contentResolution", DurationText.format(s.standard().contentResolution()));
        v.put("standard.nextResponse", DurationText.format(s.standard().nextResponse()));
        v.put("marketplace.firstResponse", DurationText.format(s.marketplace().firstResponse()));
        v.put(
                "marketplace.expectedResolution",
                DurationText.format(s.marketplace().expectedResolution()));
        v.put("marketplace.nextResponse", DurationText.format(s.marketplace().nextResponse()));
        v.put(
                "marketplace.criticalSameBusinessDay",
                String.valueOf(s.marketplace().criticalSameBusinessDay()));
        v.put("resolution.normal", DurationText.format(s.resolution().normal()));
        v.put("resolution.urgent", DurationText.format(s.resolution().urgent()));
        v.put("resolution.critical", DurationText.format(s.resolution().critical()));
        v.put("resolution.resultNotice", DurationText.format(s.resolution().resultNotice()));
        s.bases().forEach((target, basis) -> v.put("bases." + target, basis.name()));
        v.put("clocks.pauseWhileWaiting", String.valueOf(s.clocks().pauseWhileWaiting()));
        v.put("clocks.warnAtPercent", String.valueOf(s.clocks().warnAtPercent()));
        v.put("autoClose.remindAfter", String.valueOf(s.autoClose().remindAfter()));
        v.put("autoClose.awaitConfirmationAfter", String.valueOf(s.autoClose().awaitConfirmationAfter()));
        v.put("autoClose.closeAfter", String.valueOf(s.autoClose().closeAfter()));
        v.put("complaints.burstMessages", String.valueOf(s.complaints().burstMessages()));
        v.put("complaints.burstWindow", DurationText.format(s.complaints().burstWindow()));
        v.put("complaints.repeatedTickets", String.valueOf(s.complaints().repeatedTickets()));
        v.put("complaints.repeatWindow", DurationText.format(s.complaints().repeatWindow()));
        return v;
    }

    static Parsed parse(Map<String, String> form) {
        SettingsForm reading = new SettingsForm(form);
        SlaSettings settings = reading.read();
        // the domain's own checks too, so one submit shows every problem, not the text ones first
        settings.problems().stream()
                .filter(p -> reading.problems.stream().noneMatch(q -> q.field().equals(p.field())))
                .forEach(reading.problems::add);
        return new Parsed(reading.problems.isEmpty() ? settings : null, List.copyOf(reading.problems));
    }

    private SlaSettings read() {
        PolicyName policy = PolicyName.STANDARD;
        try {
            policy = PolicyName.valueOf(form.getOrDefault("policy", ""));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(
                    "policy", "sla.settings.policy.unknown", "Choose STANDARD or MARKETPLACE.", List.of()));
        }
        Map<SlaTarget, TimeBasis> bases = new EnumMap<>(SlaTarget.class);
        for (SlaTarget target : SlaTarget.values()) {
            bases.put(target, "CALENDAR".equals(form.get("bases." + target)) ? TimeBasis.CALENDAR : TimeBasis.BUSINESS);
        }
        String nextResponse = form.getOrDefault("standard.nextResponse", "");
        return new SlaSettings(
                policy,
                new SlaSettings.StandardTerms(
                        duration("standard.firstResponse"),
                        duration("standard.technicalFirstResponse"),
                        duration("standard.contentResolution"),
                        nextResponse.isBlank() ? null : duration("standard.nextResponse")),
                new SlaSettings.MarketplaceTerms(
                        duration("marketplace.firstResponse"),
                        duration("marketplace.expectedResolution"),
                        duration("marketplace.nextResponse"),
                        flag("marketplace.criticalSameBusinessDay")),
                new SlaSettings.ResolutionTerms(
                        duration("resolution.normal"),
                        duration("resolution.urgent"),
                        duration("resolution.critical"),
                        duration("resolution.resultNotice")),
                bases,
                new SlaSettings.ClockRules(flag("clocks.pauseWhileWaiting"), number("clocks.warnAtPercent")),
                new SlaSettings.AutoCloseTerms(
                        number("autoClose.remindAfter"),
                        number("autoClose.awaitConfirmationAfter"),
                        number("autoClose.closeAfter")),
                new SlaSettings.ComplaintTerms(
                        number("complaints.burstMessages"),
                        duration("complaints.burstWindow"),
                        number("complaints.repeatedTickets"),
                        duration("complaints.repeatWindow")));
    }

    private Duration duration(String field) {
        String text = form.getOrDefault(field, "");
        Duration parsed = DurationText.parse(text);
        if (parsed == null) {
            problems.add(new FieldProblem(
                    field,
                    "sla.settings.duration.format",
                    "'" + text + "' is not a duration; write e.g. 15m, 4h, 1h30m or 2d.",
                    List.of(text)));
            return Duration.ofMinutes(1);
        }
        return parsed;
    }

    private int number(String field) {
        String text = form.getOrDefault(field, "").strip();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(
                    field, "sla.settings.number", "'" + text + "' is not a whole number.", List.of(text)));
            return 1;
        }
    }

    private boolean flag(String field) {
        return "true".equals(form.get(field)) || "on".equals(form.get(field));
    }
}
