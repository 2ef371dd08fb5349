package io.loopdesk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.ticket.value.Satisfaction;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoresTest {

    @Test
    void onePoorScoreMakesTheCustomerDissatisfiedWhateverTheAverage() {
        Scores rudeButQuick = new Scores(5, 5, 5, 2, "态度很差");

        assertThat(rudeButQuick.satisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
        assertThat(rudeButQuick.summary().average()).isEqualByComparingTo("4.3");
    }

    @Test
    void everyScoreOfFourOrMoreIsSatisfiedAndAnyThreeIsNeutral() {
        assertThat(new Scores(4, 4, 5, 4, null).satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(new Scores(5, 5, 3, 5, null).satisfaction()).isEqualTo(Satisfaction.NEUTRAL);
    }

    @Test
    void theSummaryKeepsOneDecimalRoundedHalfUp() {
        assertThat(new Scores(5, 5, 4, 5, null).summary().average()).isEqualTo(new BigDecimal("4.8"));
        assertThat(new Scores(1, 1, 1, 1, null).summary().average()).isEqualTo(new BigDecimal("1.0"));
    }
}
