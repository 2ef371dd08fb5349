package io.loopdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The header's language switch is also a signed-in person's language setting: their notices, e-mails and text
 * messages follow it, and so do the pages of a browser they sign in with that has chosen no language.
 */
@IntegrationTest
class PreferredLanguageTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserAccounts users;

    @Test
    void switchingThePagesLanguageMakesItThePersonsPreferredLanguage() {
        TenantInfo tenant = fixtures.tenant();
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        WebSession page = WebSession.signedIn(fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, "zh-CN");
        assertThat(preferred(agent)).isNull();

        WebSession.Page english = page.get("/notifications?lang=en");
        assertThat(english.html().select("h1").text()).isEqualTo("Notifications");
        assertThat(preferred(agent)).isEqualTo(Locale.ENGLISH);
        WebSession elsewhere = WebSession.signedIn(fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, "zh-CN");
        assertThat(elsewhere.get("/notifications").html().select("h1").text())
                .as("a browser that chose no language speaks the person's")
                .isEqualTo("Notifications");

        page.get("/notifications?lang=fr");
        assertThat(preferred(agent)).isEqualTo(Locale.ENGLISH);

        page.get("/notifications?lang=zh-CN");
        assertThat(preferred(agent)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    private @Nullable Locale preferred(UserView user) {
        return TenantScope.inTenant(
                user.tenantId(), () -> users.byId(user.id()).orElseThrow().preferredLocale());
    }
}
