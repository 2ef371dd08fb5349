package io.loopdesk.sla.autoclose;

/** An auto-close timer's instance id, {@code t<tenant>-k<ticket>-e<episode>-<step>}. */
record AutoCloseKey(long tenantId, long ticketId, int episode, WaitingChain.Step step) {

    static AutoCloseKey of(WaitingChain chain) {
        return new AutoCloseKey(chain.tenantId(), chain.ticketId(), chain.episode(), chain.step());
    }

    static AutoCloseKey parse(String id) {
        String[] parts = id.split("-", 4);
        if (parts.length != 4) {
            throw new IllegalArgumentException("Not an auto-close timer id: " + id);
        }
        return new AutoCloseKey(
                Long.parseLong(parts[0].substring(1)),
                Long.parseLong(parts[1].substring(1)),
                Integer.parseInt(parts[2].substring(1)),
                WaitingChain.Step.valueOf(parts[3]));
    }

    String id() {
        return "t" + tenantId + "-k" + ticketId + "-e" + episode + "-" + step;
    }
}
