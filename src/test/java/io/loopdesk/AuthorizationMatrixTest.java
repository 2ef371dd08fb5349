package io.loopdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/**
 * Every API endpoint the OpenAPI document lists, called as every role of two tenants and anonymously, with the
 * first tenant's ids in the path. What each role may do is written down in {@code authorization-matrix.txt} (next to
 * this class in the test resources); a new endpoint fails this test until it is written down there.
 *
 * <ul>
 *   <li>a role the matrix allows is never refused (401, 403): it may still get 400, 404 or 409 for the empty body;
 *   <li>a role it does not allow never succeeds (2xx);
 *   <li>the other tenant's people never succeed on the first tenant's things, and their lists never show them;
 *   <li>nobody, anonymous included, ever gets a 5xx.
 * </ul>
 */
@IntegrationTest
class AuthorizationMatrixTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Autowired
    Fixtures fixtures;

    @Test
    void everyEndpointAnswersEveryRoleAsTheMatrixSays() {
        Matrix matrix = Matrix.read();
        Scene scene = Scene.build(fixtures);
        JsonNode paths = fixtures.anonymous().get("/v3/api-docs").json().get("paths");
        List<String> violations = new ArrayList<>();
        List<String> unlisted = new ArrayList<>();
        // what each caller got, by endpoint: a failure's message shows it when an expectation does not hold
        Map<String, String> observed = new TreeMap<>();

        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey();
                String endpoint = method.toUpperCase() + " " + path.getKey();
                Set<Role> allowed = matrix.allowed(endpoint);
                if (allowed == null) {
                    unlisted.add(endpoint);
                    continue;
                }
                String url = scene.resolve(path.getKey()) + scene.query(endpoint);
                StringBuilder seen = new StringBuilder();
                for (Caller caller : scene.callers()) {
                    Api.Response response = call(caller.api(), method, url, scene.body(endpoint));
                    int status = response.status();
                    seen.append(caller.name()).append('=').append(status).append(' ');
                    if (status >= 500) {
                        violations.add(endpoint + " as " + caller.name() + ": " + status + " " + response.body());
                    } else if (caller.role() == null) {
                        if (status != 401 && !matrix.open(endpoint)) {
                            violations.add(endpoint + " anonymously: " + status + " instead of 401");
                        }
                    } else if (caller.ownTenant() || caller.role() == Role.PLATFORM_OPERATOR) {
                        boolean may = allowed.contains(caller.role());
                        if (may && (status == 401 || status == 403)) {
                            violations.add(endpoint + " refused " + caller.name() + " (" + status + ")");
                        }
                        if (!may && status < 300) {
                            violations.add(endpoint + " let " + caller.name() + " do it (" + status + ")");
                        }
                    } else {
                        if (status < 300 && namesAThing(path.getKey())) {
                            violations.add(endpoint + " let " + caller.name() + " reach the other tenant's thing ("
                                    + status + ")");
                        }
                        if (status < 300 && scene.showsFirstTenant(response.body())) {
                            violations.add(endpoint + " showed " + caller.name() + " the other tenant's data");
                        }
                    }
                }
                observed.put(endpoint, seen.toString());
            }
        }

        assertThat(unlisted)
                .as("endpoints missing from authorization-matrix.txt")
                .isEmpty();
        assertThat(violations).as("what every caller got: %s", observed).isEmpty();
        assertThat(observed).hasSizeGreaterThan(80);
    }

    /** Whether the path names one of the first tenant's things (a year names none). */
    private static boolean namesAThing(String path) {
        return VARIABLE.matcher(path)
                .results()
                .anyMatch(variable -> !variable.group(1).equals("year"));
    }

    private static Api.Response call(Api api, String method, String url, Object body) {
        if (body instanceof Api.FilePart file) {
            return api.multipart(url, Map.of(), List.of(file));
        }
        if (body instanceof byte[] lines) {
            return api.postText(url, "application/x-ndjson", lines);
        }
        return switch (method) {
            case "get" -> api.get(url);
            case "delete" -> api.delete(url);
            case "put" -> api.put(url, body);
            case "patch" -> api.patch(url, body);
            default -> api.post(url, body);
        };
    }

    /** Who calls: a role of the first tenant (own) or of the second, a platform operator, or nobody. */
    private record Caller(String name, Api api, Role role, boolean ownTenant) {}

    /** The two tenants, their people, and one of each thing of the first tenant a path can name. */
    private record Scene(
            List<Caller> callers,
            Map<String, String> ids,
            Map<String, Object> settings,
            String ticket,
            String tenantCode,
            List<String> usernames) {

        private static final java.util.concurrent.atomic.AtomicInteger MADE =
                new java.util.concurrent.atomic.AtomicInteger();

        static Scene build(Fixtures fixtures) {
            TenantInfo first = fixtures.tenant();
            TenantInfo second = fixtures.tenant();
            List<Caller> callers = new ArrayList<>();
            Map<Role, UserView> firsts = new LinkedHashMap<>();
            for (Role role : EnumSet.complementOf(EnumSet.of(Role.PLATFORM_OPERATOR))) {
                UserView own = role == Role.CUSTOMER ? fixtures.customer(first) : fixtures.staff(first, role);
                UserView other = role == Role.CUSTOMER ? fixtures.customer(second) : fixtures.staff(second, role);
                firsts.put(role, own);
                callers.add(new Caller(role + "@first", fixtures.api(own), role, true));
                callers.add(new Caller(role + "@second", fixtures.api(other), role, false));
            }
            UserView operator = fixtures.staff(fixtures.tenant(), Role.PLATFORM_OPERATOR);
            callers.add(new Caller("OPERATOR", fixtures.api(operator), Role.PLATFORM_OPERATOR, false));
            callers.add(new Caller("anonymous", fixtures.anonymous(), null, false));

            Api admin = fixtures.api(firsts.get(Role.TENANT_ADMIN));
            Api agent = fixtures.api(firsts.get(Role.AGENT));
            Api customer = fixtures.api(firsts.get(Role.CUSTOMER));
            String ticket =
                    customer.post("/api/v1/tickets", Fixtures.validTicketJson()).text("number");
            customer.post(
                    "/api/v1/tickets/" + ticket + "/messages",
                    Map.of("kind", "PUBLIC_REPLY", "body", "我的密码是 Secret-2026，请帮我登录看看。"));
            Map<String, String> ids = new LinkedHashMap<>();
            ids.put("number", ticket);
            ids.put("userId", Long.toString(firsts.get(Role.AGENT).id()));
            ids.put("teamId", "1");
            ids.put(
                    "token",
                    agent.post("/api/v1/api-tokens", Map.of("name", "matrix"))
                            .get("token")
                            .get("id")
                            .asString());
            ids.put(
                    "app",
                    admin.post("/api/v1/feedback-apps", Map.of("name", "Matrix app"))
                            .get("app")
                            .get("id")
                            .asString());
            ids.put("user", Long.toString(firsts.get(Role.ENGINEER).id()));
            JsonNode secrets =
                    agent.get("/api/v1/tickets/" + ticket + "/secrets").json();
            ids.put("secret", secrets.isEmpty() ? "1" : secrets.get(0).get("id").asString());
            JsonNode attached = customer.multipart(
                            "/api/v1/tickets/" + ticket + "/attachments",
                            Map.of(),
                            List.of(new Api.FilePart(
                                    "files", "note.txt", "text/plain", "门锁日志".getBytes(StandardCharsets.UTF_8))))
                    .json();
            ids.put("attachment", attached.get(0).get("id").asString());
            Api supervisor = fixtures.api(firsts.get(Role.SUPERVISOR));
            ids.put(
                    "incident",
                    supervisor
                            .post("/api/v1/incidents", Map.of("title", "大面积离线", "category", "technical"))
                            .get("id")
                            .asString());
            String dispatched =
                    customer.post("/api/v1/tickets", Fixtures.validTicketJson()).text("number");
            ids.put(
                    "dispatch",
                    supervisor
                            .post("/api/v1/tickets/" + dispatched + "/dispatch", Map.of("text", "需要平台支持团队协助排查这个问题，谢谢。"))
                            .get("id")
                            .asString());
            ids.put(
                    "mailbox",
                    admin.post("/api/v1/mailboxes", mailbox("matrix@first.test"))
                            .get("id")
                            .asString());
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("routing", admin.get("/api/v1/routing-rules").json());
            settings.put("sla", admin.get("/api/v1/sla/settings").json());
            settings.put("limits", admin.get("/api/v1/attachment-limits").json());
            return new Scene(
                    callers,
                    ids,
                    settings,
                    ticket,
                    first.code(),
                    firsts.values().stream().map(UserView::username).toList());
        }

        /** The path with the first tenant's ids in it. */
        String resolve(String path) {
            Matcher variables = VARIABLE.matcher(path);
            StringBuilder url = new StringBuilder();
            while (variables.find()) {
                variables.appendReplacement(url, Matcher.quoteReplacement(idFor(path, variables.group(1))));
            }
            variables.appendTail(url);
            return url.toString();
        }

        private String idFor(String path, String variable) {
            return switch (variable) {
                case "number", "userId", "teamId" -> ids.get(variable);
                case "year" -> "2026";
                default -> {
                    if (path.contains("/api-tokens/")) {
                        yield ids.get("token");
                    } else if (path.contains("/feedback-apps/")) {
                        yield ids.get("app");
                    } else if (path.contains("/users/")) {
                        yield ids.get("user");
                    } else if (path.contains("/secrets/")) {
                        yield ids.get("secret");
                    } else if (path.contains("/attachments/")) {
                        yield ids.get("attachment");
                    } else if (path.contains("/incidents/")) {
                        yield ids.get("incident");
                    } else if (path.contains("/dispatches/")) {
                        yield ids.get("dispatch");
                    } else if (path.contains("/mailboxes/")) {
                        yield ids.get("mailbox");
                    }
                    yield "1";
                }
            };
        }

        /** The query an endpoint needs to get past its own checks to the role's. */
        String query(String endpoint) {
            return endpoint.equals("GET /api/v1/sla/breaches")
                    ? "?from=2026-01-01T00:00:00Z&to=2027-12-31T00:00:00Z"
                    : "";
        }

        /** A body the endpoint accepts from a role that may call it, so what decides is the role, not the body. */
        Object body(String endpoint) {
            int n = MADE.incrementAndGet();
            return switch (endpoint) {
                case "POST /api/v1/tickets" -> Fixtures.validTicketJson();
                case "PATCH /api/v1/tickets/{number}" -> Map.of("title", "门锁离线（已更新）");
                case "POST /api/v1/tickets/{number}/messages" -> Map.of("kind", "PUBLIC_REPLY", "body", "您好，已收到。");
                case "POST /api/v1/tickets/{number}/status" -> Map.of("status", "IN_PROGRESS");
                case "POST /api/v1/tickets/{number}/progress" ->
                    Map.of("label", "REMOTE_TROUBLESHOOTING", "details", "远程查看了门锁的网络日志，发现路由器频段不兼容。");
                case "PUT /api/v1/tickets/{number}/assignee" -> Map.of("assigneeId", Long.valueOf(ids.get("userId")));
                case "PUT /api/v1/tickets/{number}/category" -> Map.of("category", "consultation");
                case "POST /api/v1/tickets/{number}/complaint" -> Map.of("reason", "处理太慢了");
                case "POST /api/v1/tickets/{number}/rating" ->
                    Map.of("responseSpeed", 5, "expertise", 5, "resolution", 5, "attitude", 5);
                case "POST /api/v1/tickets/{number}/transfer" ->
                    Map.of(
                            "toAgentId", Long.valueOf(ids.get("user")),
                            "found", "已确认是路由器频段问题，客户已配合重启。",
                            "nextSteps", "请工程师远程协助客户切换到 2.4G 频段。");
                case "POST /api/v1/tickets/{number}/dispatch", "POST /api/v1/tickets/{number}/escalate" ->
                    Map.of("text", "需要更高一级的技术支持协助排查这个问题，谢谢。");
                case "POST /api/v1/tickets/{number}/attachments" ->
                    new Api.FilePart("files", "log.txt", "text/plain", "日志".getBytes(StandardCharsets.UTF_8));
                case "POST /api/v1/sla/calendars/holidays" ->
                    new Api.FilePart(
                            "file",
                            "company.csv",
                            "text/csv",
                            "2026-12-31,年会,HOLIDAY\n".getBytes(StandardCharsets.UTF_8));
                case "POST /api/v1/imports" ->
                    ("{\"source\": \"WEIBO\", \"content\": \"直播间一直卡顿，刷新也没有用，已经半小时了。\", \"time\": "
                                    + "\"2026-11-20T21:03:00+08:00\", \"originalId\": \"matrix-" + n + "\"}\n")
                            .getBytes(StandardCharsets.UTF_8);
                case "POST /api/v1/incidents" -> Map.of("title", "大面积离线 " + n, "category", "technical");
                case "POST /api/v1/incidents/{id}/resolve" -> Map.of("text", "故障已修复，请您确认。");
                case "POST /api/v1/dispatches/{id}/answer" -> Map.of("text", "平台已处理完毕。");
                case "POST /api/v1/classification/try" -> Map.of("text", "直播间卡顿黑屏");
                case "POST /api/v1/users" ->
                    Map.of(
                            "username",
                            "matrix-user-" + n,
                            "displayName",
                            "Matrix " + n,
                            "roles",
                            List.of("AGENT"),
                            "password",
                            Fixtures.PASSWORD);
                case "PATCH /api/v1/users/{id}" -> Map.of("enabled", true);
                case "POST /api/v1/api-tokens" -> Map.of("name", "matrix " + n);
                case "POST /api/v1/feedback-apps" -> Map.of("name", "Matrix app " + n);
                case "POST /api/v1/mailboxes" -> mailbox("matrix" + n + "@first.test");
                case "PUT /api/v1/mailboxes/{id}" -> mailbox("matrix@first.test");
                case "PUT /api/v1/me/duty" -> Map.of("onDuty", false);
                case "PUT /api/v1/agents/{userId}" -> Map.of("skills", List.of("wifi"), "cap", 10);
                case "PUT /api/v1/categories" -> Map.of("code", "matrix", "nameZh", "矩阵", "nameEn", "Matrix");
                case "PUT /api/v1/routing-rules" -> settings.get("routing");
                case "PUT /api/v1/sla/settings" -> settings.get("sla");
                case "PUT /api/v1/attachment-limits" -> settings.get("limits");
                case "PUT /api/v1/sla/calendars/tenant", "PUT /api/v1/sla/calendars/teams/{teamId}" ->
                    Map.of("zone", "Asia/Shanghai", "hours", Map.of("MONDAY", "09:00-18:00"), "holidays", List.of());
                case "PUT /api/v1/ticket-form-rules" -> Map.of("minDescriptionLength", 50);
                case "POST /api/v1/tenants" ->
                    Map.of("code", "matrix-" + n, "name", "Matrix " + n, "plan", "BASIC", "timeZone", "Asia/Shanghai");
                default -> Map.of();
            };
        }

        private static Map<String, Object> mailbox(String address) {
            Map<String, Object> mailbox = new LinkedHashMap<>();
            mailbox.put("name", "Matrix");
            mailbox.put("address", address);
            mailbox.put("protocol", "IMAP");
            mailbox.put("host", "localhost");
            mailbox.put("port", 3143);
            mailbox.put("username", "support");
            mailbox.put("password", "secret");
            mailbox.put("folder", "INBOX");
            mailbox.put("smtpHost", "localhost");
            mailbox.put("smtpPort", 3025);
            mailbox.put("smtpSecurity", "NONE");
            mailbox.put("enabled", false);
            return mailbox;
        }

        boolean showsFirstTenant(String body) {
            return body.contains(ticket) || usernames.stream().anyMatch(body::contains);
        }
    }

    /** {@code authorization-matrix.txt}: {@code METHOD /path | ROLE, ROLE … } per line ({@code *} every role). */
    private record Matrix(Map<String, Set<Role>> allowed, Set<String> open) {

        static Matrix read() {
            try {
                String text = new ClassPathResource("authorization-matrix.txt", AuthorizationMatrixTest.class)
                        .getContentAsString(StandardCharsets.UTF_8);
                Map<String, Set<Role>> allowed = new LinkedHashMap<>();
                Set<String> open = new java.util.HashSet<>();
                for (String line : text.lines().map(String::strip).toList()) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] parts = line.split("\\|");
                    String endpoint = parts[0].strip();
                    String roles = parts[1].strip();
                    if (parts.length > 2 && parts[2].strip().equals("open")) {
                        open.add(endpoint);
                    }
                    allowed.put(
                            endpoint,
                            roles.equals("*")
                                    ? EnumSet.allOf(Role.class)
                                    : roles.equals("-")
                                            ? EnumSet.noneOf(Role.class)
                                            : java.util.Arrays.stream(roles.split(","))
                                                    .map(String::strip)
                                                    .map(Role::valueOf)
                                                    .collect(
                                                            Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
                }
                return new Matrix(allowed, open);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Set<Role> allowed(String endpoint) {
            return allowed.get(endpoint);
        }

        boolean open(String endpoint) {
            return open.contains(endpoint);
        }
    }
}
