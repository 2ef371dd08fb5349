package io.loopdesk.quality;

import io.loopdesk.shared.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A tenant's rules for drawing tickets into the inspectors' queue: when they are solved, {@code samplePercent} of
 * every agent's tickets (0–100), and every complaint, every low rating and every reopened ticket if the tenant says
 * so; at once, every ticket where a reply was refused for abusive words; an agent may appeal a score within
 * {@code appealDays}.
 */
public record QaSettings(
        int samplePercent,
        boolean everyComplaint,
        boolean everyLowRating,
        boolean everyReopened,
        boolean everyRefusedReply,
        int appealDays) {

    /** What a tenant works to until it saves its own: one ticket in ten, and every one of the kinds above. */
    public static final QaSettings DEFAULTS = new QaSettings(10, true, true, true, true, 7);

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (samplePercent < 0 || samplePercent > 100) {
            problems.add(new FieldProblem("samplePercent", "qa.settings.percent.range", "Enter 0 to 100 per cent."));
        }
        if (appealDays < 1 || appealDays > 90) {
            problems.add(new FieldProblem("appealDays", "qa.settings.days.range", "Enter 1 to 90 days."));
        }
        return problems;
    }

    /**
     * Whether a solved ticket is drawn at random: a checksum of its number, so each ticket is drawn or not once and
     * for all, and every agent's tickets are drawn at the same rate.
     */
    boolean draws(String number) {
        if (samplePercent <= 0) {
            return false;
        }
        CRC32 checksum = new CRC32();
        checksum.update(number.getBytes(StandardCharsets.UTF_8));
        // a different stretch of the checksum than the survey's return visits use, so the two samples are unrelated
        return (checksum.getValue() / 100) % 100 < samplePercent;
    }
}
