package io.loopdesk.routing.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SoftmaxRegressionTest {

    @Test
    void learnsWhichSideOfTheSpaceEachLabelLivesOn() {
        List<float[]> vectors = List.of(
                new float[] {1, 0.1f, 0}, new float[] {0.9f, 0, 0.1f}, new float[] {0, 1, 0}, new float[] {0.1f, 0.9f, 0
                });
        SoftmaxRegression model = SoftmaxRegression.train(vectors, List.of("a", "a", "b", "b"));

        Map<String, Double> nearA = model.probabilities(new float[] {0.8f, 0.2f, 0});
        Map<String, Double> nearB = model.probabilities(new float[] {0.2f, 0.8f, 0});

        assertThat(nearA.get("a")).isGreaterThan(0.9);
        assertThat(nearB.get("b")).isGreaterThan(0.9);
        assertThat(nearA.values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void refusesVectorsWithoutTheirLabels() {
        assertThatThrownBy(() -> SoftmaxRegression.train(List.of(new float[] {1}), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("as many labels as vectors");
        assertThatThrownBy(() -> SoftmaxRegression.train(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
