package io.loopdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChainHashTest {

    private static final Instant AT = Instant.parse("2026-12-03T10:15:30.123456Z");

    @Test
    void aRecordsHashCoversEveryFieldAndThePreviousHash() {
        AuditEntry entry = entry("ab", "c", ChainHash.GENESIS).sealed();

        assertThat(entry.intact()).isTrue();
        assertThat(entry("ab", "c", "1".repeat(64)).sealed().hash()).isNotEqualTo(entry.hash());
        assertThat(entry("ab", "d", ChainHash.GENESIS).sealed().hash()).isNotEqualTo(entry.hash());
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        assertThat(entry("ab", "c", ChainHash.GENESIS).sealed().hash())
                .isNotEqualTo(entry("a", "bc", ChainHash.GENESIS).sealed().hash());
    }

    @Test
    void aChangedRecordNoLongerMatchesItsHash() {
        AuditEntry entry = entry("ab", "c", ChainHash.GENESIS).sealed();
        AuditEntry changed = new AuditEntry(
                entry.id(),
                entry.tenantId(),
                entry.sequence(),
                entry.occurredAt(),
                entry.actorId(),
                "mallory",
                entry.address(),
                entry.action(),
                entry.subject(),
                entry.before(),
                entry.after(),
                entry.previousHash(),
                entry.hash());

        assertThat(changed.intact()).isFalse();
    }

    private static AuditEntry entry(String subject, String after, String previous) {
        return new AuditEntry(
                1, 7, 1, AT, 3L, "admin", "127.0.0.1", "user.roles.changed", subject, null, after, previous, "");
    }
}
