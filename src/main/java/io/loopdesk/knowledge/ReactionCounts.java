package io.loopdesk.knowledge;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What readers said of one article.
 *
 * @param solved how many readers ended their feedback because of it (tickets deflected)
 * @param latestNotHelpful the latest "not helpful" answers, newest first
 */
public record ReactionCounts(long solved, long helpful, long notHelpful, List<NotHelpful> latestNotHelpful) {

    /** One "not helpful" answer. */
    public record NotHelpful(
            NotHelpfulReason reason, @Nullable String comment, ReactionChannel channel, Instant at) {}
}
