package io.loopdesk.hosting;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.intake.ChannelState;
import io.loopdesk.intake.IntakeChannels;
import io.loopdesk.routing.AgentView;
import io.loopdesk.routing.Presence;
import io.loopdesk.sla.SlaToday;
import io.loopdesk.tenant.HostedChannel;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.value.TicketStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Gathers a hosted brand's health from the modules that know each part: its ways in (intake), who is on duty
 * (routing), its backlog (ticket) and today's SLA breaches (sla). Counts only: no ticket is opened, so it needs no
 * hosting authorisation.
 */
@Service
public class TenantHealthCheck {

    private final Tenants tenants;
    private final IntakeChannels intake;
    private final Presence presence;
    private final UserAccounts users;
    private final TicketQueries tickets;
    private final SlaToday sla;

    TenantHealthCheck(
            Tenants tenants,
            IntakeChannels intake,
            Presence presence,
            UserAccounts users,
            TicketQueries tickets,
            SlaToday sla) {
        this.tenants = tenants;
        this.intake = intake;
        this.presence = presence;
        this.users = users;
        this.tickets = tickets;
        this.sla = sla;
    }

    public TenantHealth of(TenantInfo tenant) {
        List<ChannelState> channels = intake.of(tenant.id());
        List<Long> onDuty =
                presence.onDuty(tenant.id()).stream().map(AgentView::userId).toList();
        Map<HostedChannel, Boolean> hosted = new EnumMap<>(HostedChannel.class);
        for (HostedChannel channel : tenants.hosting(tenant.id()).channels()) {
            hosted.put(
                    channel,
                    switch (channel) {
                        case EMAIL ->
                            channels.stream().anyMatch(c -> c.kind() == ChannelState.Kind.MAILBOX && c.working());
                        case APP_FEEDBACK ->
                            channels.stream().anyMatch(c -> c.kind() == ChannelState.Kind.APP && c.working());
                        // calls are registered by the agents on duty; live chat is not served yet (issue 21)
                        case PHONE -> !onDuty.isEmpty();
                        case LIVE_CHAT -> false;
                    });
        }
        Map<Long, String> names = users.displayNames(onDuty);
        Map<TicketStatus, Long> backlog =
                new EnumMap<>(tickets.countByStatus(TicketQuery.all(1), Actor.system(tenant.id())));
        backlog.remove(TicketStatus.CLOSED);
        return new TenantHealth(
                hosted,
                channels,
                onDuty.stream().map(id -> names.getOrDefault(id, "#" + id)).toList(),
                backlog,
                sla.breaches(tenant));
    }
}
