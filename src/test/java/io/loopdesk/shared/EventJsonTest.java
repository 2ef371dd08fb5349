package io.loopdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.ticket.event.TicketOpened;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.FeedbackType;
import io.loopdesk.ticket.value.Urgency;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventJsonTest {

    private final EventJson json = new EventJson(JsonMapper.builder().build());

    @Test
    void anEventReadBackForRepublicationEqualsTheOneWritten() {
        TicketOpened opened = new TicketOpened(
                7L,
                "261123-000007",
                3L,
                Channel.APP,
                Urgency.URGENT,
                FeedbackType.FAULT,
                "technical.network",
                11L,
                null,
                "直播间卡顿 stream stutters",
                "Loopdesk App 5.2",
                Instant.parse("2026-11-23T08:15:30Z"));

        Object written = json.serialize(opened);

        assertThat(json.deserialize(written, TicketOpened.class)).isEqualTo(opened);
    }

    @Test
    void anEventWrittenBeforeItCarriedTheTitleIsStillReadBack() {
        String older = """
                {"ticketId":7,"number":"261123-000007","tenantId":3,"channel":"APP","urgency":"NORMAL",
                 "type":"FAULT","category":"technical","teamId":null,"requesterId":null,
                 "registeredAt":"2026-11-23T08:15:30Z"}""";

        TicketOpened opened = json.deserialize(older, TicketOpened.class);

        assertThat(opened.number()).isEqualTo("261123-000007");
        assertThat(opened.title()).isNull();
        assertThat(opened.registeredAt()).isEqualTo(Instant.parse("2026-11-23T08:15:30Z"));
    }
}
