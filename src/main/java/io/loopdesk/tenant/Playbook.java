package io.loopdesk.tenant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A brand's special-process playbook; steps are kept one per line, keywords comma-separated. */
@Entity
@Table(name = "tenant_playbook")
class Playbook {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tenant_playbook_seq")
    @SequenceGenerator(name = "tenant_playbook_seq", sequenceName = "tenant_playbook_seq", allocationSize = 50)
    private Long id;

    private long tenantId;

    private String name;

    @Enumerated(EnumType.STRING)
    private PlaybookKind kind;

    private @Nullable String category;

    private String keywords;

    private String steps;

    private Instant createdAt;

    protected Playbook() {}

    Playbook(long tenantId, PlaybookDraft draft, Instant createdAt) {
        this.tenantId = tenantId;
        this.name = draft.name().strip();
        this.kind = draft.kind();
        this.category = draft.categoryCode();
        this.keywords = String.join(",", draft.keywordList());
        this.steps = String.join("\n", draft.stepList());
        this.createdAt = createdAt;
    }

    long tenantId() {
        return tenantId;
    }

    PlaybookView view() {
        List<String> words = keywords.isEmpty() ? List.of() : Arrays.asList(keywords.split(","));
        return new PlaybookView(id, name, kind, category, words, steps.lines().toList());
    }
}
