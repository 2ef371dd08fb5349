package io.loopdesk.reporting.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.reporting.Dimension;
import io.loopdesk.reporting.ReportRefusedException;
import org.jspecify.annotations.Nullable;

/** Whose scorecard a request asks for: a team, an agent, or (naming neither) the caller. */
record ScorecardSubject(Dimension dimension, String value) {

    static ScorecardSubject of(@Nullable String agent, @Nullable String team, Actor actor) {
        boolean agentNamed = agent != null && !agent.isBlank();
        boolean teamNamed = team != null && !team.isBlank();
        if (agentNamed && teamNamed) {
            throw ReportRefusedException.invalid(
                    "team", "error.report.scorecard.both", "Name an agent or a team, not both.");
        }
        if (teamNamed) {
            return new ScorecardSubject(Dimension.TEAM, team.strip());
        }
        return new ScorecardSubject(Dimension.AGENT, agentNamed ? agent.strip() : String.valueOf(actor.userId()));
    }

    /** The page's chooser sends {@code team:3} or {@code agent:12}. */
    static ScorecardSubject ofChoice(String choice, Actor actor) {
        int colon = choice.indexOf(':');
        String kind = colon < 0 ? "" : choice.substring(0, colon);
        String value = colon < 0 ? choice : choice.substring(colon + 1);
        return kind.equals("team") ? of(null, value, actor) : of(value, null, actor);
    }

    /** What the page's chooser sends for this subject. */
    String choice() {
        return (dimension == Dimension.TEAM ? "team:" : "agent:") + value;
    }
}
