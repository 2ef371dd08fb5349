package io.loopdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fuzz test of the main JSON endpoints: each field of a valid body, at every depth, replaced in turn by each of a
 * set of malformed values (wrong types, empty and enormous text, NUL and half a surrogate pair, extreme numbers,
 * impossible dates, markup and SQL), left out, and joined by an unknown field. Whatever the value, the answer is
 * never a 5xx, and every refusal is a problem document.
 */
@IntegrationTest
class MalformedJsonFieldsTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LONE_SURROGATE = "__lone_surrogate__";

    @Autowired
    Fixtures fixtures;

    @Autowired
    ObjectMapper json;

    @Test
    void noMalformedFieldOfAMainEndpointCausesAServerError() {
        TenantInfo tenant = fixtures.tenant();
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        UserView customer = fixtures.customer(tenant);
        Api agents = fixtures.api(agent);
        Api admins = fixtures.api(admin);
        Supplier<String> ticket =
                () -> agents.post("/api/v1/tickets", Fixtures.validTicketJson()).text("number");
        String appKey =
                admins.post("/api/v1/feedback-apps", Map.of("name", "Fuzz app")).text("key");

        Map<String, Target> targets = new LinkedHashMap<>();
        targets.put("ticket", new Target(agents, "POST", "/api/v1/tickets", Fixtures.validTicketJson()));
        String number = ticket.get();
        targets.put(
                "ticket edit",
                new Target(
                        agents,
                        "PATCH",
                        "/api/v1/tickets/" + number,
                        Map.of(
                                "title",
                                "门锁离线",
                                "urgency",
                                "URGENT",
                                "device",
                                Map.of("os", "Android", "model", "X", "appVersion", "1"))));
        targets.put(
                "message",
                new Target(
                        agents,
                        "POST",
                        "/api/v1/tickets/" + number + "/messages",
                        Map.of("kind", "INTERNAL_NOTE", "body", "内部备注")));
        targets.put(
                "status",
                new Target(
                        agents,
                        "POST",
                        "/api/v1/tickets/" + number + "/status",
                        Map.of("status", "IN_PROGRESS", "reason", "开始处理")));
        targets.put(
                "progress",
                new Target(
                        agents,
                        "POST",
                        "/api/v1/tickets/" + number + "/progress",
                        Map.of(
                                "label", "REMOTE_TROUBLESHOOTING",
                                "details", "远程查看了门锁的网络日志，发现路由器频段不兼容。",
                                "estimatedCompletionAt", "2026-12-10T10:00:00Z",
                                "onSiteVisit", false)));
        targets.put(
                "assignee",
                new Target(
                        fixtures.api(supervisor),
                        "PUT",
                        "/api/v1/tickets/" + number + "/assignee",
                        Map.of("assigneeId", agent.id(), "note", "请处理")));
        targets.put(
                "feedback",
                new Target(
                        fixtures.app(appKey),
                        "POST",
                        "/api/v1/feedback",
                        Map.of(
                                "userId", "u-10086",
                                "contact", "13812345678",
                                "device", Map.of("os", "Android 14", "model", "Pixel 8", "appVersion", "3.2.1"),
                                "type", "FAULT",
                                "title", "门锁离线",
                                "description", Fixtures.DESCRIPTION,
                                "links", Map.of("orderNumber", "SO1"),
                                "sentAt", "2026-11-20T21:03:00Z")));
        targets.put(
                "user",
                new Target(
                        admins,
                        "POST",
                        "/api/v1/users",
                        Map.of(
                                "username",
                                "fuzz-user",
                                "displayName",
                                "Fuzz",
                                "email",
                                "fuzz@example.com",
                                "roles",
                                List.of("AGENT"),
                                "password",
                                Fixtures.PASSWORD)));
        targets.put("token", new Target(agents, "POST", "/api/v1/api-tokens", Map.of("name", "fuzz", "validDays", 30)));
        targets.put(
                "category",
                new Target(
                        admins, "PUT", "/api/v1/categories", Map.of("code", "fuzz", "nameZh", "模糊", "nameEn", "Fuzz")));
        targets.put(
                "routing rules",
                new Target(
                        admins,
                        "PUT",
                        "/api/v1/routing-rules",
                        admins.get("/api/v1/routing-rules").json()));
        targets.put(
                "sla settings",
                new Target(
                        admins,
                        "PUT",
                        "/api/v1/sla/settings",
                        admins.get("/api/v1/sla/settings").json()));
        targets.put(
                "calendar",
                new Target(
                        admins,
                        "PUT",
                        "/api/v1/sla/calendars/tenant",
                        Map.of(
                                "zone", "Asia/Shanghai",
                                "hours", Map.of("MONDAY", "09:00-12:00, 13:00-18:00"),
                                "holidays", List.of(Map.of("date", "2026-10-01", "name", "国庆节", "kind", "HOLIDAY")))));
        targets.put(
                "attachment limits",
                new Target(
                        admins,
                        "PUT",
                        "/api/v1/attachment-limits",
                        admins.get("/api/v1/attachment-limits").json()));
        targets.put(
                "form rules",
                new Target(
                        admins,
                        "PUT",
                        "/api/v1/ticket-form-rules",
                        Map.of(
                                "minDescriptionLength",
                                50,
                                "requiredFields",
                                List.of("PRODUCT"),
                                "contactKinds",
                                List.of("MOBILE"))));
        targets.put(
                "incident",
                new Target(
                        fixtures.api(supervisor),
                        "POST",
                        "/api/v1/incidents",
                        Map.of("title", "大面积离线", "category", "technical")));
        targets.put(
                "rating",
                new Target(
                        fixtures.api(customer),
                        "POST",
                        "/api/v1/tickets/" + fixtures.ticketOf(customer).number() + "/rating",
                        Map.of("responseSpeed", 5, "expertise", 4, "resolution", 5, "attitude", 5, "comment", "很好")));

        List<String> serverErrors = new ArrayList<>();
        List<String> notProblems = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, Target> entry : targets.entrySet()) {
            Target target = entry.getValue();
            for (String body : mutations(json.valueToTree(target.body()))) {
                Api.Response response = target.send(body);
                sent++;
                if (response.status() >= 500) {
                    serverErrors.add(entry.getKey() + " " + response.status() + " for " + abbreviated(body));
                } else if (response.status() >= 400 && !response.isProblem()) {
                    notProblems.add(entry.getKey() + " " + response.status() + " " + response.contentType());
                }
            }
        }

        assertThat(sent).isGreaterThan(1500);
        assertThat(serverErrors).isEmpty();
        assertThat(notProblems).isEmpty();
    }

    /** Every malformed variant of {@code valid}, as JSON text. */
    private List<String> mutations(JsonNode valid) {
        List<String> bodies = new ArrayList<>();
        List<List<Object>> paths = new ArrayList<>();
        collect(valid, new ArrayList<>(), paths);
        for (List<Object> path : paths) {
            for (JsonNode bad : malformedValues()) {
                bodies.add(text(replaced(valid, path, bad)));
            }
            bodies.add(text(removed(valid, path)));
        }
        ObjectNode unknown = ((ObjectNode) valid.deepCopy()).put("surprise", "field");
        bodies.add(text(unknown));
        bodies.addAll(List.of("[]", "\"text\"", "42", "null", "{", "{\"a\":}", ""));
        return bodies;
    }

    private static List<JsonNode> malformedValues() {
        ArrayNode array = NODES.arrayNode().add("x").add(1);
        ObjectNode object = NODES.objectNode().put("nested", true);
        return List.of(
                NODES.nullNode(),
                NODES.stringNode(""),
                NODES.stringNode("   "),
                NODES.stringNode("x".repeat(100_000)),
                NODES.stringNode("NUL\u0000"),
                NODES.stringNode(LONE_SURROGATE),
                NODES.stringNode("😀".repeat(2_000)),
                NODES.stringNode("<script>alert(1)</script>"),
                NODES.stringNode("'; drop table ticket; --"),
                NODES.stringNode("2026-02-30T25:61:00Z"),
                NODES.stringNode("../../etc/passwd"),
                NODES.numberNode(-1),
                NODES.numberNode(0),
                NODES.numberNode(Long.MAX_VALUE),
                NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
                NODES.numberNode(1e308),
                NODES.numberNode(-0.5),
                NODES.booleanNode(true),
                array,
                object);
    }

    private static void collect(JsonNode node, List<Object> path, List<List<Object>> paths) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                List<Object> child = new ArrayList<>(path);
                child.add(field.getKey());
                paths.add(child);
                collect(field.getValue(), child, paths);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            List<Object> child = new ArrayList<>(path);
            child.add(0);
            paths.add(child);
            collect(node.get(0), child, paths);
        }
    }

    private static JsonNode replaced(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = parentOf(copy, path);
        Object last = path.getLast();
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set((Integer) last, value);
        }
        return copy;
    }

    private static JsonNode removed(JsonNode root, List<Object> path) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = parentOf(copy, path);
        Object last = path.getLast();
        if (parent instanceof ObjectNode object) {
            object.remove((String) last);
        } else if (parent instanceof ArrayNode array) {
            array.remove((Integer) last);
        }
        return copy;
    }

    private static JsonNode parentOf(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path.subList(0, path.size() - 1)) {
            node = step instanceof String name ? node.get(name) : node.get((Integer) step);
        }
        return node;
    }

    private String text(JsonNode node) {
        return json.writeValueAsString(node).replace(LONE_SURROGATE, "\\ud800");
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }

    /** An endpoint, the client allowed to call it, and a body it accepts. */
    private record Target(Api api, String method, String path, Object body) {
        Api.Response send(String raw) {
            return switch (method) {
                case "PUT" -> api.putRaw(path, raw);
                case "PATCH" -> api.patchRaw(path, raw);
                default -> api.postRaw(path, raw);
            };
        }
    }
}
