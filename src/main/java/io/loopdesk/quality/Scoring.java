package io.loopdesk.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The score of an inspection, 0 to 100 with one decimal: each ordinary item's points (0–10) count by its weight; any
 * red line crossed makes it 0, whatever the rest.
 */
final class Scoring {

    private Scoring() {}

    static BigDecimal of(List<ItemScore> items) {
        if (items.stream().anyMatch(ItemScore::breached)) {
            return BigDecimal.ZERO.setScale(1);
        }
        long weights = 0;
        long earned = 0;
        for (ItemScore item : items) {
            if (!item.redLine() && item.points() != null) {
                weights += item.weight();
                earned += (long) item.weight() * item.points();
            }
        }
        if (weights == 0) {
            return BigDecimal.valueOf(100).setScale(1);
        }
        return BigDecimal.valueOf(earned * 10L).divide(BigDecimal.valueOf(weights), 1, RoundingMode.HALF_UP);
    }
}
