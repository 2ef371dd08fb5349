package io.loopdesk.ticket.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Publications still outstanding when the events left the module's root name them by their former class: the
 * migration must rename every one of them, as event type and as a listener's parameter.
 */
class EventPackageMigrationTest {

    private static final String FORMER = "io.loopdesk.ticket.";

    @Test
    void theMigrationRenamesEveryEventAndTheirCommonInterface() throws IOException {
        String migration = new ClassPathResource("db/migration/common/V9_7__ticket_event_package.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        List<Class<?>> events = List.of(TicketEvents.class.getPermittedSubclasses());
        assertThat(events).hasSize(7);

        for (Class<?> event : events) {
            assertThat(event.getPackageName()).isEqualTo(TicketEvents.class.getPackageName());
            assertThat(migration)
                    .as("event_type of %s", event.getSimpleName())
                    .contains("set event_type = '" + event.getName() + "' where event_type = '" + former(event) + "';");
        }
        List<Class<?>> parameters = new ArrayList<>(events);
        parameters.add(TicketEvents.class);
        for (Class<?> parameter : parameters) {
            assertThat(migration)
                    .as("listener_id with %s", parameter.getSimpleName())
                    .contains("replace(listener_id, '(" + former(parameter) + ")', '(" + parameter.getName() + ")')");
        }
    }

    private static String former(Class<?> type) {
        return FORMER + type.getSimpleName();
    }
}
