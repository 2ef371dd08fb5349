package io.loopdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A tenant's surge rule: its ranges, and how many tickets make a surge over a baseline. */
class SurgeRuleTest {

    @Test
    void aSurgeNeedsTheMinimumAndTheFactorTimesTheBaseline() {
        SurgeRule rule = SurgeRule.DEFAULT;

        assertThat(rule.threshold(0)).as("a quiet category: the minimum").isEqualTo(10);
        assertThat(rule.threshold(5)).isEqualTo(15);
        assertThat(rule.threshold(4.7)).as("3 × 4.7 = 14.1, so 15 tickets").isEqualTo(15);
    }

    @Test
    void valuesOutsideTheirRangesAreRefusedWithTheRule() {
        assertThatThrownBy(() -> new SurgeRule(9, 3.0, 10)).hasMessage("The surge window is 10 to 1440 minutes");
        assertThatThrownBy(() -> new SurgeRule(1441, 3.0, 10)).hasMessage("The surge window is 10 to 1440 minutes");
        for (double factor : new double[] {1.4, 20.5, Double.NaN}) {
            assertThatThrownBy(() -> new SurgeRule(60, factor, 10))
                    .hasMessage("The surge factor is between 1.5 and 20 times the usual volume");
        }
        assertThatThrownBy(() -> new SurgeRule(60, 3.0, 2))
                .hasMessage("A surge needs a minimum of 3 to 10000 tickets in its window");
        assertThatThrownBy(() -> new SurgeRule(60, 3.0, 10_001))
                .hasMessage("A surge needs a minimum of 3 to 10000 tickets in its window");
        assertThat(new SurgeRule(10, 1.5, 3)).isNotNull();
        assertThat(new SurgeRule(1440, 20, 10_000)).isNotNull();
    }

    @Test
    void rulesWithoutASurgeRuleHaveTheDefault() {
        // as JSON without "surge" (a client from before) makes them
        assertThat(new RoutingRules(0.6, 20, true, null, null, 30, 5, null).surge())
                .isEqualTo(SurgeRule.DEFAULT);
        assertThat(RoutingRules.DEFAULT.surge()).isEqualTo(new SurgeRule(60, 3.0, 10));
    }
}
