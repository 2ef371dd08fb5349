package io.loopdesk.routing;

import io.loopdesk.shared.Phrase;
import java.time.Instant;
import java.util.List;

/** The surges the incident radar found (突发), for the wall and reports; each also came as {@link SurgeDetected}. */
public interface Surges {

    /** At most this many surges are read at once. */
    int LIMIT = 500;

    /**
     * The tenant's surges detected since {@code since}, newest first, at most {@link #LIMIT}. For system work (the
     * wall, reports), so no caller check; another tenant's surges are never seen.
     */
    List<Surge> recent(long tenantId, Instant since);

    /**
     * What the surge was, for a person to read in their own language, e.g. "类别「网络」过去 60 分钟 42 单，平常约 5 单"
     * or "Category “Network”: 42 tickets in the last 60 minutes, usually about 5".
     */
    Phrase reason(long tenantId, Surge surge);
}
