package io.loopdesk.chat;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ChatSettingsRepository extends JpaRepository<ChatSettings, Long> {

    /** The tenant's row, locked until the transaction ends: routing decisions of one tenant take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ChatSettings s where s.tenantId = :tenantId")
    Optional<ChatSettings> lock(long tenantId);
}
