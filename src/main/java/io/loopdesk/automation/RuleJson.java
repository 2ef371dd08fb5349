package io.loopdesk.automation;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A rule's conditions and actions as its row keeps them. */
final class RuleJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RuleJson() {}

    static String write(List<?> items) {
        return JSON.writeValueAsString(items);
    }

    static List<Condition> conditions(String json) {
        return JSON.readValue(json, new TypeReference<List<Condition>>() {});
    }

    static List<Action> actions(String json) {
        return JSON.readValue(json, new TypeReference<List<Action>>() {});
    }
}
