package io.loopdesk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.value.Satisfaction;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoresTest {

    @Test
    void theShortFormAloneIsAWholeRatingWithoutAnAverage() {
        Scores quick = Scores.of(Satisfaction.VERY_SATISFIED, "  ");

        assertThat(quick.problems()).isEmpty();
        assertThat(quick.hasDimensions()).isFalse();
        assertThat(quick.summary().average()).isNull();
        assertThat(quick.summary().satisfaction()).isEqualTo(Satisfaction.VERY_SATISFIED);
        assertThat(quick.comment()).isNull();
        assertThat(quick.needsReview()).isFalse();
    }

    @Test
    void theAverageIsOfTheDimensionsGivenOnly() {
        Scores some = new Scores(Satisfaction.SATISFIED, 5, null, 4, null, null, null);

        assertThat(some.summary().average()).isEqualTo(new BigDecimal("4.5"));
        assertThat(some.of("expertise")).isNull();
    }

    @Test
    void aRatingWithoutTheShortFormIsRefusedByName() {
        Scores none = new Scores(null, 5, null, null, null, null, null);

        assertThat(none.problems()).extracting(FieldProblem::field).containsExactly("overall");
    }

    @Test
    void scoresAndNpsOutOfRangeAreRefusedByName() {
        Scores wrong = new Scores(Satisfaction.NEUTRAL, 0, 6, null, null, 11, null);

        assertThat(wrong.problems())
                .extracting(FieldProblem::field)
                .containsExactly("responseSpeed", "expertise", "nps");
    }

    @Test
    void npsAnswersFallIntoPromotersPassivesAndDetractors() {
        assertThat(new Scores(Satisfaction.SATISFIED, null, null, null, null, 9, null).npsGroup())
                .isEqualTo(Scores.NpsGroup.PROMOTER);
        assertThat(new Scores(Satisfaction.SATISFIED, null, null, null, null, 7, null).npsGroup())
                .isEqualTo(Scores.NpsGroup.PASSIVE);
        assertThat(new Scores(Satisfaction.SATISFIED, null, null, null, null, 6, null).npsGroup())
                .isEqualTo(Scores.NpsGroup.DETRACTOR);
        assertThat(Scores.of(Satisfaction.SATISFIED, null).npsGroup()).isNull();
    }

    @Test
    void aSupervisorLooksAtADissatisfiedAnswerOrAnyVeryPoorDimension() {
        assertThat(Scores.of(Satisfaction.DISSATISFIED, null).needsReview()).isTrue();
        assertThat(new Scores(Satisfaction.SATISFIED, 5, 5, 5, 2, null, "态度很差").needsReview())
                .isTrue();
        assertThat(new Scores(Satisfaction.NEUTRAL, 3, 3, 3, 3, 0, null).needsReview())
                .isFalse();
    }

    @Test
    void theFourDimensionsAloneReadAsTheEarlierRule() {
        Scores rudeButQuick = Scores.ofDimensions(5, 5, 5, 2, "态度很差");

        assertThat(rudeButQuick.satisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
        assertThat(rudeButQuick.summary().average()).isEqualByComparingTo("4.3");
        assertThat(Scores.ofDimensions(4, 4, 5, 4, null).satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(Scores.ofDimensions(5, 5, 3, 5, null).satisfaction()).isEqualTo(Satisfaction.NEUTRAL);
    }

    @Test
    void theSummaryKeepsOneDecimalRoundedHalfUp() {
        assertThat(Scores.ofDimensions(5, 5, 4, 5, null).summary().average()).isEqualTo(new BigDecimal("4.8"));
        assertThat(Scores.ofDimensions(1, 1, 1, 1, null).summary().average()).isEqualTo(new BigDecimal("1.0"));
    }
}
