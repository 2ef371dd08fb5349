package io.loopdesk.testing;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.NewUser;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.Plan;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.OpenTicket;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.Urgency;
import io.loopdesk.ticket.view.TicketView;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import tools.jackson.databind.ObjectMapper;

/** Builds what tests need: a fresh tenant, its people, valid tickets, and API clients signed in as them. */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct-horse-battery";

    /** A description long enough for the default 50-character rule, in Chinese as most customers write. */
    public static final String DESCRIPTION = "门锁从昨天开始无法连接 WiFi，重置了三次也没有用，App 里一直显示离线，远程开锁功能完全不可用，家里老人进不了门，请尽快处理。";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private final Tenants tenants;
    private final UserAccounts users;
    private final Tickets tickets;
    private final Environment environment;
    private final ObjectMapper json;

    Fixtures(Tenants tenants, UserAccounts users, Tickets tickets, Environment environment, ObjectMapper json) {
        this.tenants = tenants;
        this.users = users;
        this.tickets = tickets;
        this.environment = environment;
        this.json = json;
    }

    /** Fixtures working on another running node (e.g. one a test started with {@link TestNodes}). */
    public static Fixtures outside(org.springframework.context.ApplicationContext node) {
        return new Fixtures(
                node.getBean(Tenants.class),
                node.getBean(UserAccounts.class),
                node.getBean(Tickets.class),
                node.getEnvironment(),
                node.getBean(ObjectMapper.class));
    }

    public TenantInfo tenant() {
        return tenantIn(ZoneId.of("Asia/Shanghai"), Locale.SIMPLIFIED_CHINESE);
    }

    /** An ENTERPRISE tenant whose desk is in {@code zone}. */
    public TenantInfo tenantIn(ZoneId zone, Locale locale) {
        String code = "t" + RUN + "-" + SEQUENCE.incrementAndGet();
        return TenantScope.asSystem(() -> tenants.register(code, "Tenant " + code, Plan.ENTERPRISE, zone, locale));
    }

    public UserView staff(TenantInfo tenant, Role... roles) {
        String username = roles[0].name().toLowerCase(Locale.ROOT) + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
        return TenantScope.asSystem(() -> users.create(
                tenant.id(),
                new NewUser(
                        username,
                        "Staff " + username,
                        username + "@example.com",
                        null,
                        Set.of(roles),
                        CustomerLevel.STANDARD),
                PASSWORD));
    }

    public UserView customer(TenantInfo tenant) {
        String username = "customer-" + RUN + "-" + SEQUENCE.incrementAndGet();
        return TenantScope.asSystem(() -> users.create(
                tenant.id(),
                NewUser.customer(
                        username, "客户 " + username, username + "@example.com", "13812341234", CustomerLevel.STANDARD),
                PASSWORD));
    }

    public static Actor actor(UserView user) {
        return new Actor(user.id(), user.tenantId(), user.username(), user.displayName(), user.roles());
    }

    /**
     * A ticket that satisfies the default rules. It comes with a category, so routing does not classify it in the
     * background while a test looks at its history; classification tests leave it out.
     */
    public static OpenTicket.Builder validTicket() {
        return OpenTicket.builder()
                .category("consultation")
                .customer("上海某某科技有限公司", "张伟", "13812341234")
                .product("智能门锁 X2")
                .description(DESCRIPTION)
                .urgency(Urgency.NORMAL)
                .phone("13812341234");
    }

    /** The JSON body of a valid {@code POST /api/v1/tickets}. */
    public static Map<String, Object> validTicketJson() {
        return Map.of(
                "customerName", "上海某某科技有限公司",
                "contactPerson", "张伟",
                "contact", "13812341234",
                "product", "智能门锁 X2",
                "description", DESCRIPTION,
                "phone", "13812341234");
    }

    /** A ticket raised by {@code customer} on the web. */
    public TicketView ticketOf(UserView customer) {
        return tickets.open(customer.tenantId(), Channel.WEB, validTicket().build(), actor(customer));
    }

    public Api api(UserView user) {
        return Api.basic(baseUrl(), user.username(), PASSWORD, json);
    }

    public Api api(String username, String password) {
        return Api.basic(baseUrl(), username, password, json);
    }

    /** A page session (no browser) signed in as {@code username}, reading the pages in English. */
    public WebSession pages(String username) {
        return WebSession.signedIn(baseUrl(), username, PASSWORD, "en");
    }

    public WebSession pages(UserView user) {
        return pages(user.username());
    }

    public Api bearer(String token) {
        return Api.bearer(baseUrl(), token, json);
    }

    public Api anonymous() {
        return Api.anonymous(baseUrl(), json);
    }

    /** {@code value} as JSON text, e.g. for a multipart part. */
    public String json(Object value) {
        return json.writeValueAsString(value);
    }

    /** A brand's app calling the feedback API with its key. */
    public Api app(String appKey) {
        return Api.withHeaders(baseUrl(), json, Map.of("X-App-Key", appKey));
    }

    public String baseUrl() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }
}
