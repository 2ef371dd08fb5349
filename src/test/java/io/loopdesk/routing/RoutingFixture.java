package io.loopdesk.routing;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.NewUser;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;

/** A tenant ready for routing tests: a team, its category, agents with skills. */
@TestComponent
public class RoutingFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final Fixtures fixtures;
    final Teams teams;
    final Categories categories;
    public final Presence presence;
    final RoutingPolicies policies;
    final UserAccounts users;
    final Tickets tickets;

    RoutingFixture(
            Fixtures fixtures,
            Teams teams,
            Categories categories,
            Presence presence,
            RoutingPolicies policies,
            UserAccounts users,
            Tickets tickets) {
        this.fixtures = fixtures;
        this.teams = teams;
        this.categories = categories;
        this.presence = presence;
        this.policies = policies;
        this.users = users;
        this.tickets = tickets;
    }

    /** A tenant with an admin and a supervisor. */
    public Desk desk() {
        TenantInfo tenant = fixtures.tenant();
        return new Desk(
                tenant,
                Fixtures.actor(fixtures.staff(tenant, Role.TENANT_ADMIN)),
                Fixtures.actor(fixtures.staff(tenant, Role.SUPERVISOR)));
    }

    /** One tenant's people and tools. */
    public final class Desk {
        public final TenantInfo tenant;
        public final Actor admin;
        public final Actor supervisor;

        Desk(TenantInfo tenant, Actor admin, Actor supervisor) {
            this.tenant = tenant;
            this.admin = admin;
            this.supervisor = supervisor;
        }

        /** Opens a ticket from the app with only a description, for the classification to place; its number. */
        public String openUnclassified(String description) {
            return tickets.open(
                            tenant.id(),
                            Channel.APP,
                            Fixtures.validTicket()
                                    .category(null)
                                    .title(null)
                                    .description(description)
                                    .build(),
                            supervisor)
                    .number();
        }

        /** A team whose queue the category's tickets go to, needing {@code skill} (or none). */
        public TeamView team(String category, @Nullable String skill) {
            TeamView team = TenantScope.inTenant(
                    tenant.id(), () -> teams.create(tenant.id(), "Team " + SEQUENCE.incrementAndGet(), null));
            categories.save(
                    tenant.id(),
                    new CategoryView(category, "类" + category, "Cat " + category, team.id(), skill),
                    admin);
            return team;
        }

        /** An agent in the team with these skills and cap, on duty if asked. */
        public Actor agent(TeamView team, Set<String> skills, @Nullable Integer cap, boolean onDuty) {
            UserView user = fixtures.staff(tenant, Role.AGENT);
            TenantScope.inTenant(tenant.id(), () -> teams.addMember(team.id(), user.id()));
            presence.change(user.id(), skills, cap, supervisor);
            Actor agent = Fixtures.actor(user);
            if (onDuty) {
                presence.goOnDuty(agent);
            }
            return agent;
        }

        UserView customer(CustomerLevel level) {
            String username = "routing-customer-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
            return TenantScope.asSystem(() -> users.create(
                    tenant.id(),
                    NewUser.customer(username, "客户 " + username, username + "@example.com", "13912345678", level),
                    Fixtures.PASSWORD));
        }

        void rules(RoutingRules rules) {
            policies.change(tenant.id(), rules, admin);
        }
    }
}
