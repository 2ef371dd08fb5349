package io.loopdesk.routing.duty;

import io.loopdesk.routing.AgentView;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** An agent's skills, ticket cap and whether they are on duty. */
@Entity
public class AgentProfile {

    @Id
    private Long userId;

    @TenantId
    private Long tenantId;

    private String skills;

    private @Nullable Integer ticketCap;

    private boolean onDuty;

    private @Nullable Instant dutySince;

    private @Nullable Instant lastAssigned;

    @Version
    private int version;

    protected AgentProfile() {}

    public AgentProfile(long userId, long tenantId) {
        this.userId = userId;
        this.tenantId = tenantId;
        this.skills = "";
    }

    boolean onDuty() {
        return onDuty;
    }

    /** @return whether anything changed */
    public boolean goOnDuty(Instant now) {
        if (onDuty) {
            return false;
        }
        onDuty = true;
        dutySince = now;
        return true;
    }

    public boolean goOffDuty(Instant now) {
        if (!onDuty) {
            return false;
        }
        onDuty = false;
        dutySince = now;
        return true;
    }

    public void change(Set<String> newSkills, @Nullable Integer cap) {
        if (cap != null && (cap < 1 || cap > 1000)) {
            throw new IllegalArgumentException("An agent's ticket cap is between 1 and 1000");
        }
        for (String skill : newSkills) {
            if (!skill.matches("[\\p{L}\\p{N}_.-]{1,30}")) {
                throw new IllegalArgumentException("A skill tag is 1-30 letters, digits, _, . or -: " + skill);
            }
        }
        this.skills = String.join(",", new TreeSet<>(newSkills));
        this.ticketCap = cap;
    }

    public static Set<String> parseSkills(String joined) {
        return Arrays.stream(joined.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public AgentView view() {
        return new AgentView(userId, tenantId, parseSkills(skills), ticketCap, onDuty, dutySince);
    }
}
