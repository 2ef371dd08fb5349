package io.loopdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.loopdesk.notification.Notifications;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.WebSession;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Password guessing is slowed down per account and address and per address, on the API and the sign-in page alike,
 * with the wait said plainly; the account itself is never locked, and its tenant's admins hear of a sustained attack.
 * Each test comes from addresses of its own ({@code X-Forwarded-For}), as clients behind a proxy do.
 */
@IntegrationTest
class SignInThrottlingTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    Notifications notifications;

    TenantInfo tenant;
    UserView agent;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        agent = fixtures.staff(tenant, Role.AGENT);
    }

    @Test
    void afterFiveWrongPasswordsAnAddressWaitsAndIsToldHowLong() {
        String attacker = address();
        Api guessing = fixtures.api(agent.username(), "guess-0000").withHeader("X-Forwarded-For", attacker);
        for (int i = 0; i < 6; i++) {
            assertThat(guessing.get("/api/v1/me").status()).isEqualTo(401);
        }

        Api.Response refused = guessing.get("/api/v1/me");
        Api.Response rightPasswordSameAddress =
                fixtures.api(agent).withHeader("X-Forwarded-For", attacker).get("/api/v1/me");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.text("detail")).contains("try again in");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isPositive();
        assertThat(rightPasswordSameAddress.status())
                .as("not even the right password is checked while the address waits")
                .isEqualTo(429);
    }

    @Test
    void theRealUserFromAnotherAddressIsNeverLockedOut() {
        String attacker = address();
        Api guessing = fixtures.api(agent.username(), "guess-0000").withHeader("X-Forwarded-For", attacker);
        for (int i = 0; i < 12; i++) {
            guessing.get("/api/v1/me");
        }

        Api.Response user =
                fixtures.api(agent).withHeader("X-Forwarded-For", address()).get("/api/v1/me");

        assertThat(user.status()).isEqualTo(200);
    }

    @Test
    void theWaitEndsAndDoublesWithEachFurtherFailure() {
        String address = address();
        Api wrong = fixtures.api(agent.username(), "guess-0000").withHeader("X-Forwarded-For", address);
        for (int i = 0; i < 6; i++) {
            wrong.get("/api/v1/me");
        }
        assertThat(wrong.get("/api/v1/me").headers().firstValue("Retry-After")).contains("1");

        clock.advance(Duration.ofSeconds(2));
        assertThat(wrong.get("/api/v1/me").status()).as("the seventh failure").isEqualTo(401);
        assertThat(wrong.get("/api/v1/me").headers().firstValue("Retry-After")).contains("2");

        clock.advance(Duration.ofSeconds(3));
        assertThat(fixtures.api(agent)
                        .withHeader("X-Forwarded-For", address)
                        .get("/api/v1/me")
                        .status())
                .as("the right password once the wait is over")
                .isEqualTo(200);
        assertThat(wrong.get("/api/v1/me").status())
                .as("a successful sign-in started the count again")
                .isEqualTo(401);
    }

    @Test
    void anAddressTryingManyUsernamesWaitsForAllOfThem() {
        String sprayer = address();
        for (int i = 0; i < 21; i++) {
            fixtures.api("no-such-user-" + i, "Winter2026!")
                    .withHeader("X-Forwarded-For", sprayer)
                    .get("/api/v1/me");
        }

        Api.Response next =
                fixtures.api(agent).withHeader("X-Forwarded-For", sprayer).get("/api/v1/me");

        assertThat(next.status()).isEqualTo(429);
    }

    @Test
    void theSignInPageSaysHowLongToWaitInTheReadersLanguage() {
        String address = address();
        WebSession browser = WebSession.anonymous(fixtures.baseUrl(), "zh-CN").from(address);
        browser.get("/login");
        WebSession.Page page = null;
        for (int i = 0; i < 7; i++) {
            page = browser.post("/login", Map.of("username", agent.username(), "password", "guess-" + i));
        }

        assertThat(page.url()).contains("/login?throttled=");
        assertThat(page.text()).contains("登录失败次数过多").contains("秒后再试");
    }

    @Test
    void manyFailuresFromEverywhereTellTheTenantsAdminsOnceButNeverLockTheAccount() {
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        for (int i = 0; i < 50; i++) {
            fixtures.api(agent.username(), "guess-" + i)
                    .withHeader("X-Forwarded-For", address())
                    .get("/api/v1/me");
        }
        for (int i = 0; i < 5; i++) {
            fixtures.api(agent.username(), "guess-more-" + i)
                    .withHeader("X-Forwarded-For", address())
                    .get("/api/v1/me");
        }

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                TenantScope.inTenant(tenant.id(), () -> notifications.inbox(admin.id())))
                        .singleElement()
                        .satisfies(n -> assertThat(n.subject()).contains(agent.username())));
        assertThat(fixtures.api(agent)
                        .withHeader("X-Forwarded-For", address())
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);
    }

    /** An address from the documentation range, new for each use. */
    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }
}
