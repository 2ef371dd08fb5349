package io.loopdesk.demo;

import io.loopdesk.automation.AutomationRules;
import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.NewUser;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.knowledge.Articles;
import io.loopdesk.routing.Presence;
import io.loopdesk.routing.ShiftView;
import io.loopdesk.routing.Shifts;
import io.loopdesk.routing.TeamView;
import io.loopdesk.routing.Teams;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.HostedChannel;
import io.loopdesk.tenant.HostingProfile;
import io.loopdesk.tenant.Plan;
import io.loopdesk.tenant.PlaybookDraft;
import io.loopdesk.tenant.PlaybookKind;
import io.loopdesk.tenant.Playbooks;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.custom.CustomFields;
import io.loopdesk.ticket.value.Channel;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Seeds the demo into an empty database when demo mode is on. */
@Component
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Demo logins: username = password. Listed in README. */
    static final List<String> LOGINS = List.of(
            "operator",
            "admin",
            "supervisor",
            "agent",
            "engineer",
            "qa",
            "customer",
            "star-admin",
            "star-supervisor",
            "star-agent",
            "star-customer",
            "provider");

    private final DemoProperties properties;
    private final Tenants tenants;
    private final Playbooks playbooks;
    private final UserAccounts users;
    private final Teams teams;
    private final Tickets tickets;
    private final Shifts shifts;
    private final Presence presence;
    private final Articles articles;
    private final DemoProviders providers;
    private final CustomFields customFields;
    private final AutomationRules automations;
    private final Clock clock;

    DemoData(
            DemoProperties properties,
            Tenants tenants,
            Playbooks playbooks,
            UserAccounts users,
            Teams teams,
            Tickets tickets,
            Shifts shifts,
            Presence presence,
            Articles articles,
            DemoProviders providers,
            CustomFields customFields,
            AutomationRules automations,
            Clock clock) {
        this.customFields = customFields;
        this.automations = automations;
        this.providers = providers;
        this.shifts = shifts;
        this.articles = articles;
        this.presence = presence;
        this.properties = properties;
        this.tenants = tenants;
        this.playbooks = playbooks;
        this.users = users;
        this.teams = teams;
        this.tickets = tickets;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        log.warn("DEMO MODE: demo logins have their username as password. Never use demo mode for real data.");
        TenantScope.asSystem(() -> {
            if (!tenants.isEmpty()) {
                log.info("Demo data not seeded: the database already has tenants.");
                return;
            }
            long started = System.nanoTime();
            int count = seed();
            log.info(
                    "Demo data seeded: 3 tenants, {} tickets in {} ms.",
                    count,
                    (System.nanoTime() - started) / 1_000_000);
        });
        log.warn("Demo logins (username = password): {}", String.join(", ", LOGINS));
    }

    int seed() {
        TenantInfo platform =
                tenants.register("platform", "Loopdesk 平台运营", Plan.FLAGSHIP, SHANGHAI, Locale.SIMPLIFIED_CHINESE);
        user(platform, NewUser.staff("operator", "平台运营 Olivia", "operator@loopdesk.example", Role.PLATFORM_OPERATOR));

        TenantInfo acme = tenants.register("acme", "Acme 智能家居", Plan.ENTERPRISE, SHANGHAI, Locale.SIMPLIFIED_CHINESE);
        // Acme is hosted by the platform and has authorised it; 星海直播 runs its own desk, so operators see none of it
        tenants.host(
                acme.id(),
                new HostingProfile(
                        EnumSet.of(HostedChannel.APP_FEEDBACK, HostedChannel.EMAIL),
                        "中国大陆",
                        "语气亲切、先致歉再给方案；不承诺具体赔付金额，涉及退款转售后服务组。"));
        tenants.authoriseHosting(acme.id(), "托管服务合同 HT-2026-0042");
        playbooks.add(
                acme.id(), new PlaybookDraft("退换货", PlaybookKind.RETURNS, "commercial.returns", "退货, 换货, 无理由", """
                        核对订单号与签收日期（签收 7 天内可无理由退货）
                        请客户上传商品与包装照片
                        在售后系统创建退货单并预约上门取件
                        告知客户退款时间：仓库收货后 3 个工作日内原路退回
                        """));
        providers.seed(platform, acme);
        UserView acmeAdmin = user(acme, NewUser.staff("admin", "管理员 周明", "admin@acme.example", Role.TENANT_ADMIN));
        UserView supervisor =
                user(acme, NewUser.staff("supervisor", "主管 陈静", "supervisor@acme.example", Role.SUPERVISOR));
        UserView agent = user(acme, NewUser.staff("agent", "客服 李娜", "agent@acme.example", Role.AGENT));
        UserView agent2 = user(acme, NewUser.staff("agent2", "客服 Tom Li", "agent2@acme.example", Role.AGENT));
        UserView engineer = user(acme, NewUser.staff("engineer", "工程师 王强", "engineer@acme.example", Role.ENGINEER));
        UserView engineer2 = user(acme, NewUser.staff("engineer2", "工程师 赵磊", "engineer2@acme.example", Role.ENGINEER));
        user(acme, NewUser.staff("qa", "质检 孙悦", "qa@acme.example", Role.QA));
        user(acme, NewUser.staff("editor", "知识库编辑 周敏", "editor@acme.example", Role.KB_EDITOR));
        TeamView network = teams.create(acme.id(), "技术支持·网络组", "门锁、摄像头、插座的联网问题");
        TeamView client = teams.create(acme.id(), "技术支持·客户端组", "App 与固件");
        TeamView aftersales = teams.create(acme.id(), "售后服务", "退换货、安装、物流");
        teams.addMember(network.id(), engineer.id());
        teams.addMember(network.id(), agent.id());
        teams.addMember(client.id(), engineer2.id());
        teams.addMember(client.id(), agent2.id());
        teams.addMember(aftersales.id(), agent.id());
        teams.addMember(aftersales.id(), supervisor.id());
        DemoPeople acmePeople = people(
                acme,
                List.of(agent, agent2),
                List.of(engineer, engineer2),
                supervisor,
                customers(acme, "customer", "c", 10),
                Map.of("technical.network", network.id(), "technical", client.id(), "*", aftersales.id()));

        TenantInfo star = tenants.register("starlive", "星海直播", Plan.FLAGSHIP, SHANGHAI, Locale.SIMPLIFIED_CHINESE);
        UserView starAdmin =
                user(star, NewUser.staff("star-admin", "星海管理员 韩梅", "admin@starlive.example", Role.TENANT_ADMIN));
        UserView starSupervisor =
                user(star, NewUser.staff("star-supervisor", "星海主管 黄强", "supervisor@starlive.example", Role.SUPERVISOR));
        UserView starAgent = user(star, NewUser.staff("star-agent", "星海客服 周婷", "agent@starlive.example", Role.AGENT));
        UserView starReviewer =
                user(star, NewUser.staff("star-reviewer", "内容审核 吴昊", "review@starlive.example", Role.AGENT));
        UserView starEngineer =
                user(star, NewUser.staff("star-engineer", "直播技术 刘洋", "engineer@starlive.example", Role.ENGINEER));
        user(star, NewUser.staff("star-qa", "星海质检 徐丽", "qa@starlive.example", Role.QA));
        TeamView tech = teams.create(star.id(), "技术支持", "卡顿、黑屏、音画不同步、登录、闪退");
        TeamView review = teams.create(star.id(), "内容审核", "低俗、虚假宣传、骚扰、恶意连麦");
        TeamView merchant = teams.create(star.id(), "商家服务", "质量、货不对板、发货、物流、退换货");
        teams.addMember(tech.id(), starEngineer.id());
        teams.addMember(review.id(), starReviewer.id());
        teams.addMember(merchant.id(), starAgent.id());
        DemoPeople starPeople = people(
                star,
                List.of(starAgent, starReviewer),
                List.of(starEngineer),
                starSupervisor,
                customers(star, "star-customer", "s", 10),
                Map.of("technical", tech.id(), "content", review.id(), "*", merchant.id()));

        DemoArticles.write(articles, DemoPeople.actor(supervisor));

        DemoTickets demo = new DemoTickets(tickets, new Random(properties.seed()), clock.instant());
        int count = demo.play(
                acmePeople,
                DemoCatalogue.SMART_HOME,
                List.of(Channel.WEB, Channel.WEB, Channel.APP, Channel.APP, Channel.EMAIL, Channel.PHONE, Channel.CHAT),
                130);
        count += demo.play(
                starPeople,
                DemoCatalogue.LIVE_SHOP,
                List.of(
                        Channel.APP,
                        Channel.APP,
                        Channel.WEB,
                        Channel.LIVE_ROOM,
                        Channel.SOCIAL_MEDIA,
                        Channel.EMAIL,
                        Channel.PHONE,
                        Channel.OUTSIDE_SITE),
                100);
        DemoFields.define(customFields, starAdmin);
        DemoAutomations.define(automations, acmeAdmin, supervisor, starAdmin);
        // teams work in shifts and some of their people are on duty, so new tickets are assigned as they arrive
        staff(acmeAdmin, List.of(network, client, aftersales), DayOfWeek.MONDAY, DayOfWeek.FRIDAY, 9, 18);
        staff(starAdmin, List.of(tech, review, merchant), DayOfWeek.MONDAY, DayOfWeek.SUNDAY, 8, 20);
        List.of(agent, engineer, starAgent, starEngineer, starReviewer)
                .forEach(person -> presence.goOnDuty(DemoPeople.actor(person)));
        return count;
    }

    /** Shifts from {@code first} to {@code last} day, {@code from} to {@code to} o'clock, for each team. */
    private void staff(
            UserView admin, List<TeamView> teamsOfTenant, DayOfWeek first, DayOfWeek last, int from, int to) {
        for (TeamView team : teamsOfTenant) {
            for (int day = first.getValue(); day <= last.getValue(); day++) {
                shifts.add(
                        admin.tenantId(),
                        new ShiftView(
                                null,
                                team.id(),
                                DayOfWeek.of(day),
                                LocalTime.of(from, 0),
                                LocalTime.of(to, 0),
                                SHANGHAI),
                        DemoPeople.actor(admin));
            }
        }
    }

    private List<UserView> customers(TenantInfo tenant, String mainUsername, String prefix, int others) {
        List<UserView> customers = new ArrayList<>();
        customers.add(user(
                tenant,
                NewUser.customer(
                        mainUsername, "王芳", mainUsername + "@example.com", "13812341234", CustomerLevel.STANDARD)));
        for (int i = 1; i <= others; i++) {
            boolean english = i % 4 == 0;
            String name = english
                    ? DemoCatalogue.EN_NAMES.get(i % DemoCatalogue.EN_NAMES.size())
                    : DemoCatalogue.ZH_NAMES.get(i % DemoCatalogue.ZH_NAMES.size());
            String username = prefix + String.format("%02d", i);
            customers.add(user(
                    tenant,
                    NewUser.customer(
                            username,
                            name,
                            username + "@example.com",
                            "139"
                                    + String.format("%08d", 10_000_000 + i * 7919 + tenant.id())
                                            .substring(0, 8),
                            i % 5 == 0 ? CustomerLevel.VIP : CustomerLevel.STANDARD)));
        }
        return customers;
    }

    private UserView user(TenantInfo tenant, NewUser user) {
        return users.create(tenant.id(), user, user.username());
    }

    private static DemoPeople people(
            TenantInfo tenant,
            List<UserView> agents,
            List<UserView> engineers,
            UserView supervisor,
            List<UserView> customers,
            Map<String, Long> teamByCategory) {
        return new DemoPeople(
                tenant.id(),
                agents.stream().map(DemoPeople::actor).toList(),
                engineers.stream().map(DemoPeople::actor).toList(),
                DemoPeople.actor(supervisor),
                customers.stream().map(DemoPeople::actor).toList(),
                customers,
                teamByCategory);
    }
}
