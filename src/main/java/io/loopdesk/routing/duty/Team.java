package io.loopdesk.routing.duty;

import io.loopdesk.routing.TeamView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A group of staff sharing one queue, e.g. "技术支持·网络组". */
@Entity
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private String name;

    private @Nullable String description;

    @ElementCollection
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "user_id")
    private Set<Long> members = new HashSet<>();

    protected Team() {}

    public Team(long tenantId, String name, @Nullable String description) {
        if (name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("A team needs a name of 1-100 characters");
        }
        this.tenantId = tenantId;
        this.name = name.strip();
        this.description = description;
    }

    public void add(long userId) {
        members.add(userId);
    }

    void remove(long userId) {
        members.remove(userId);
    }

    public TeamView view() {
        return new TeamView(id, tenantId, name, description, Set.copyOf(members));
    }
}
