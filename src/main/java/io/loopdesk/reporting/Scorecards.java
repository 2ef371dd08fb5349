package io.loopdesk.reporting;

import java.util.List;

/** Whose scorecard a supervisor may open: the tenant's teams and the people who handle tickets. */
public record Scorecards(List<Choice> teams, List<Choice> agents) {

    /** A team or a person: the id a scorecard request names, and the name people know. */
    public record Choice(String value, String label) {}
}
