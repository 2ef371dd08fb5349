package io.loopdesk.survey;

import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.value.Satisfaction;
import io.loopdesk.ticket.view.RatingSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A customer's rating: the short form (非常满意 / 满意 / 一般 / 不满意), which every rating has, then whatever of the
 * rest they chose to answer: the four dimensions of seed 001, each 1 (very dissatisfied) to 5 (very satisfied), how
 * likely they are to recommend the brand (0–10, where the tenant asks it) and a comment.
 *
 * <p>A client of the earlier API that sends the four dimensions without the short form gets the short form they
 * read as: dissatisfied when any score is 2 or less, satisfied when every one is 4 or more, else fair.
 */
public record Scores(
        @Nullable Satisfaction overall,
        @Nullable Integer responseSpeed,
        @Nullable Integer expertise,
        @Nullable Integer resolution,
        @Nullable Integer attitude,
        @Nullable Integer nps,
        @Nullable String comment) {

    static final int MAX_COMMENT = 2000;

    /** The dimensions by the names pages and the API use, in the order they are asked. */
    public static final List<String> DIMENSIONS = List.of("responseSpeed", "expertise", "resolution", "attitude");

    public Scores {
        if (overall == null && responseSpeed != null && expertise != null && resolution != null && attitude != null) {
            overall = readAs(Math.min(Math.min(responseSpeed, expertise), Math.min(resolution, attitude)));
        }
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** The short form only, with an optional comment. */
    public static Scores of(Satisfaction overall, @Nullable String comment) {
        return new Scores(overall, null, null, null, null, null, comment);
    }

    /** The four dimensions (the short form read from them) and a comment: the rating of the earlier survey. */
    public static Scores ofDimensions(
            int responseSpeed, int expertise, int resolution, int attitude, @Nullable String comment) {
        return new Scores(null, responseSpeed, expertise, resolution, attitude, null, comment);
    }

    private static Satisfaction readAs(int lowest) {
        if (lowest <= 2) {
            return Satisfaction.DISSATISFIED;
        }
        return lowest >= 4 ? Satisfaction.SATISFIED : Satisfaction.NEUTRAL;
    }

    /** Every problem with these scores, empty when they are fine. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (overall == null) {
            problems.add(new FieldProblem(
                    "overall", "rating.overall.required", "Say how satisfied you are with the service."));
        }
        for (String dimension : DIMENSIONS) {
            Integer score = of(dimension);
            if (score != null && (score < 1 || score > 5)) {
                problems.add(new FieldProblem(dimension, "rating.score.range", "Rate " + dimension + " from 1 to 5."));
            }
        }
        if (nps != null && (nps < 0 || nps > 10)) {
            problems.add(new FieldProblem(
                    "nps", "rating.nps.range", "Answer how likely you are to recommend us with 0 to 10."));
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            problems.add(new FieldProblem(
                    "comment",
                    "rating.comment.too-long",
                    "The comment must not be longer than " + MAX_COMMENT + " characters.",
                    List.of(MAX_COMMENT)));
        }
        return problems;
    }

    /** One dimension's score by its name ({@code responseSpeed}, {@code expertise}, …), or null when not given. */
    public @Nullable Integer of(String dimension) {
        return switch (dimension) {
            case "responseSpeed" -> responseSpeed;
            case "expertise" -> expertise;
            case "resolution" -> resolution;
            case "attitude" -> attitude;
            default -> throw new IllegalArgumentException("No rating dimension " + dimension);
        };
    }

    /** Whether the customer scored any of the four dimensions. */
    public boolean hasDimensions() {
        return given().findAny().isPresent();
    }

    /** The average of the dimension scores given, or null when none was. */
    public @Nullable Double average() {
        return given().mapToInt(Integer::intValue).average().stream()
                .boxed()
                .findFirst()
                .orElse(null);
    }

    /** The customer's answer to the short form. */
    public Satisfaction satisfaction() {
        return Objects.requireNonNull(overall, "A rating without the short form was not checked");
    }

    /**
     * Whether a supervisor must look at this rating: the customer is dissatisfied, or scored any dimension 2 or less
     * (one very poor dimension matters, whatever the short form says).
     */
    public boolean needsReview() {
        return satisfaction() == Satisfaction.DISSATISFIED || given().anyMatch(score -> score <= 2);
    }

    /** Where an NPS answer counts: promoter (9–10), passive (7–8) or detractor (0–6); null when not asked. */
    public @Nullable NpsGroup npsGroup() {
        if (nps == null) {
            return null;
        }
        return nps >= 9 ? NpsGroup.PROMOTER : nps >= 7 ? NpsGroup.PASSIVE : NpsGroup.DETRACTOR;
    }

    /** The groups of the net promoter score. */
    public enum NpsGroup {
        PROMOTER,
        PASSIVE,
        DETRACTOR
    }

    /** What the ticket keeps of these scores for its lists. */
    public RatingSummary summary() {
        Double average = average();
        return new RatingSummary(average == null ? null : BigDecimal.valueOf(average), satisfaction());
    }

    private Stream<Integer> given() {
        return Stream.of(responseSpeed, expertise, resolution, attitude).filter(Objects::nonNull);
    }
}
