package io.loopdesk.ticket.bulk;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BulkActionRepository extends JpaRepository<BulkAction, Long> {

    List<BulkAction> findTop20ByUserIdOrderByCreatedAtDesc(long userId);
}
