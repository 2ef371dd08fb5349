package io.loopdesk.sla.autoclose;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface WaitingChainRepository extends JpaRepository<WaitingChain, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from WaitingChain c where c.ticketId = :ticketId")
    Optional<WaitingChain> lock(long ticketId);
}
