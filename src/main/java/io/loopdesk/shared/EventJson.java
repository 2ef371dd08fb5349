package io.loopdesk.shared;

import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes events into the publication registry as JSON with the application's mapper, and reads them back for
 * republication. Replaces Spring Modulith's serializer, which resolves the mapper bean from the context again for
 * every event it writes: that look-up cost more than writing the JSON.
 */
@Component
class EventJson implements EventSerializer {

    private final JsonMapper mapper;

    EventJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object serialize(Object event) {
        return mapper.writeValueAsString(event);
    }

    @Override
    public <T> T deserialize(Object serialized, Class<T> type) {
        return mapper.readerFor(type).readValue(serialized.toString());
    }
}
