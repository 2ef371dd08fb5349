package io.loopdesk.survey;

import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.value.Satisfaction;
import io.loopdesk.ticket.view.RatingSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A customer's rating on the four dimensions of seed 001, each 1 (very dissatisfied) to 5 (very satisfied), and
 * an optional comment.
 */
public record Scores(
        int responseSpeed,
        int expertise,
        int resolution,
        int attitude,
        @Nullable String comment) {

    static final int MAX_COMMENT = 2000;

    /** Every problem with these scores, empty when they are fine. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, "responseSpeed", responseSpeed);
        check(problems, "expertise", expertise);
        check(problems, "resolution", resolution);
        check(problems, "attitude", attitude);
        if (comment != null && comment.length() > MAX_COMMENT) {
            problems.add(new FieldProblem(
                    "comment",
                    "rating.comment.too-long",
                    "The comment must not be longer than " + MAX_COMMENT + " characters.",
                    List.of(MAX_COMMENT)));
        }
        return problems;
    }

    /** One dimension's score by its name ({@code responseSpeed}, {@code expertise}, …), for pages. */
    public int of(String dimension) {
        return switch (dimension) {
            case "responseSpeed" -> responseSpeed;
            case "expertise" -> expertise;
            case "resolution" -> resolution;
            case "attitude" -> attitude;
            default -> throw new IllegalArgumentException("No rating dimension " + dimension);
        };
    }

    /** The average of the four scores, for reports. */
    public double average() {
        return (responseSpeed + expertise + resolution + attitude) / 4.0;
    }

    /**
     * How satisfied the customer is: dissatisfied when any score is 2 or less (one very poor dimension is what a
     * supervisor must look at, whatever the average), satisfied when every score is 4 or more, else neutral.
     */
    public Satisfaction satisfaction() {
        int lowest = Math.min(Math.min(responseSpeed, expertise), Math.min(resolution, attitude));
        if (lowest <= 2) {
            return Satisfaction.DISSATISFIED;
        }
        return lowest >= 4 ? Satisfaction.SATISFIED : Satisfaction.NEUTRAL;
    }

    /** What the ticket keeps of these scores for its lists. */
    public RatingSummary summary() {
        return new RatingSummary(BigDecimal.valueOf(average()), satisfaction());
    }

    private static void check(List<FieldProblem> problems, String field, int score) {
        if (score < 1 || score > 5) {
            problems.add(new FieldProblem(field, "rating.score.range", "Rate " + field + " from 1 to 5."));
        }
    }
}
