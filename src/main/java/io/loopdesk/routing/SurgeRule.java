package io.loopdesk.routing;

/**
 * When a category's or product's volume is a surge (突发): over the last {@code windowMinutes} at least {@code minimum}
 * tickets, and at least {@code factor} times its baseline, the average count per window of that length over the seven
 * days before.
 *
 * @param windowMinutes 10 minutes to a day
 * @param factor 1.5 to 20 times the baseline
 * @param minimum 3 to 10,000 tickets, so a quiet category's handful is no surge
 */
public record SurgeRule(int windowMinutes, double factor, int minimum) {

    public static final SurgeRule DEFAULT = new SurgeRule(60, 3.0, 10);

    public SurgeRule {
        if (windowMinutes < 10 || windowMinutes > 24 * 60) {
            throw new IllegalArgumentException("The surge window is 10 to 1440 minutes");
        }
        if (!(factor >= 1.5 && factor <= 20)) {
            throw new IllegalArgumentException("The surge factor is between 1.5 and 20 times the usual volume");
        }
        if (minimum < 3 || minimum > 10_000) {
            throw new IllegalArgumentException("A surge needs a minimum of 3 to 10000 tickets in its window");
        }
    }

    /** How many tickets in the window make a surge over {@code baseline}. */
    public long threshold(double baseline) {
        return Math.max(minimum, (long) Math.ceil(factor * baseline));
    }
}
