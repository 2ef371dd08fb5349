package io.loopdesk.sla.clock;

/**
 * The instance id of an SLA timer, {@code t<tenant>-k<ticket>-c<clock>-g<generation>}: the tenant to open the
 * transaction in, the ticket to lock, the clock to check, and the generation of its times the timer was set for.
 */
public record TimerKey(long tenantId, long ticketId, long clockId, int generation) {

    static TimerKey of(SlaClock clock, int generation) {
        return new TimerKey(clock.tenantId(), clock.ticketId(), clock.id(), generation);
    }

    static TimerKey parse(String id) {
        String[] parts = id.split("-");
        if (parts.length != 4) {
            throw new IllegalArgumentException("Not an SLA timer id: " + id);
        }
        return new TimerKey(
                Long.parseLong(parts[0].substring(1)),
                Long.parseLong(parts[1].substring(1)),
                Long.parseLong(parts[2].substring(1)),
                Integer.parseInt(parts[3].substring(1)));
    }

    String id() {
        return "t" + tenantId + "-k" + ticketId + "-c" + clockId + "-g" + generation;
    }
}
