package io.loopdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenLifetimeTest {

    private static final Duration STANDARD = Duration.ofDays(90);
    private static final Actor AGENT = new Actor(1L, 1L, "agent", "Agent", Set.of(Role.AGENT));
    private static final Actor CUSTOMER = new Actor(2L, 1L, "customer", "Customer", Set.of(Role.CUSTOMER));

    @Test
    void aTokenWithoutAValidityExpiresAfterTheStandardTime() {
        assertThat(TokenLifetime.standard().validity(AGENT, false, STANDARD)).isEqualTo(STANDARD);
        assertThat(TokenLifetime.standard().validity(CUSTOMER, false, Duration.ofDays(400)))
                .as("never beyond a customer's maximum")
                .isEqualTo(Duration.ofDays(TokenLifetime.MAX_CUSTOMER_DAYS));
    }

    @Test
    void daysAskedForCountWithinTheRolesMaximum() {
        assertThat(new TokenLifetime(365, false).validity(AGENT, false, STANDARD))
                .isEqualTo(Duration.ofDays(365));
        assertThatThrownBy(() -> new TokenLifetime(366, false).validity(AGENT, false, STANDARD))
                .isInstanceOf(InvalidUserException.class);
        assertThatThrownBy(() -> new TokenLifetime(91, false).validity(CUSTOMER, true, STANDARD))
                .isInstanceOf(InvalidUserException.class);
        assertThatThrownBy(() -> new TokenLifetime(0, false).validity(AGENT, false, STANDARD))
                .isInstanceOf(InvalidUserException.class);
    }

    @Test
    void onlyAnAdminIssuesAStaffTokenThatNeverExpires() {
        assertThat(new TokenLifetime(null, true).validity(AGENT, true, STANDARD))
                .isNull();
        assertThatThrownBy(() -> new TokenLifetime(null, true).validity(AGENT, false, STANDARD))
                .isInstanceOf(InvalidUserException.class);
        assertThatThrownBy(() -> new TokenLifetime(null, true).validity(CUSTOMER, true, STANDARD))
                .isInstanceOf(InvalidUserException.class);
        assertThatThrownBy(() -> new TokenLifetime(30, true).validity(AGENT, true, STANDARD))
                .isInstanceOf(InvalidUserException.class);
    }
}
