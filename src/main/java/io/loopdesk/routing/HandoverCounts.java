package io.loopdesk.routing;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How often tickets changed hands, by kind (转单, 派单, escalation), for reports: first-contact resolution needs
 * "never transferred", and the transfer, dispatch and escalation rates count them. For the system only.
 */
@Service
public class HandoverCounts {

    /** One ticket's handovers; going off duty is not counted, the ticket did not need another person. */
    public record Counts(int transfers, int dispatches, int escalations) {
        public static final Counts NONE = new Counts(0, 0, 0);
    }

    private static final int BATCH = 500;

    private final JdbcClient jdbc;

    HandoverCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts of the tickets with these numbers that changed hands at least once, by number. */
    @Transactional(readOnly = true)
    public Map<String, Counts> of(long tenantId, Collection<String> numbers) {
        List<String> all = List.copyOf(numbers);
        Map<String, int[]> counts = new HashMap<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            jdbc.sql("select ticket_number, kind, count(*) from handover where tenant_id = :tenant"
                            + " and ticket_number in (:numbers) group by ticket_number, kind")
                    .param("tenant", tenantId)
                    .param("numbers", all.subList(from, Math.min(all.size(), from + BATCH)))
                    .query(rs -> {
                        int[] c = counts.computeIfAbsent(rs.getString(1), n -> new int[3]);
                        int n = rs.getInt(3);
                        switch (rs.getString(2)) {
                            case "TRANSFER" -> c[0] += n;
                            case "DISPATCH" -> c[1] += n;
                            case "ESCALATION" -> c[2] += n;
                            default -> {}
                        }
                    });
        }
        Map<String, Counts> result = new HashMap<>();
        counts.forEach((number, c) -> result.put(number, new Counts(c[0], c[1], c[2])));
        return result;
    }
}
