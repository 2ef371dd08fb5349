package io.loopdesk.survey.web;

import io.loopdesk.survey.Scores;
import io.loopdesk.ticket.value.Satisfaction;
import org.jspecify.annotations.Nullable;

/**
 * A rating as a page's form sends it: the short form, then any of the optional answers. Numbers arrive as typed, so
 * that something that is no number is refused by {@link Scores}' own checks with the field named, not with a bare
 * 400.
 */
record RatingForm(
        @Nullable String overall,
        @Nullable String responseSpeed,
        @Nullable String expertise,
        @Nullable String resolution,
        @Nullable String attitude,
        @Nullable String nps,
        @Nullable String comment) {

    Scores scores() {
        return new Scores(
                satisfaction(overall),
                number(responseSpeed),
                number(expertise),
                number(resolution),
                number(attitude),
                number(nps),
                comment);
    }

    /** A field as it was sent, for the form shown again with its errors. */
    public @Nullable String sent(String field) {
        return switch (field) {
            case "overall" -> overall;
            case "responseSpeed" -> responseSpeed;
            case "expertise" -> expertise;
            case "resolution" -> resolution;
            case "attitude" -> attitude;
            case "nps" -> nps;
            case "comment" -> comment;
            default -> null;
        };
    }

    private static @Nullable Satisfaction satisfaction(@Nullable String chosen) {
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        try {
            return Satisfaction.valueOf(chosen.strip());
        } catch (IllegalArgumentException unknown) {
            return null; // refused as not chosen
        }
    }

    /** Blank is not answered; anything that is no number is out of every range. */
    private static @Nullable Integer number(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
