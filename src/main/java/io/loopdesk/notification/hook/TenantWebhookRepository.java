package io.loopdesk.notification.hook;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The tenant webhooks of the current tenant scope. */
public interface TenantWebhookRepository extends JpaRepository<TenantWebhook, Long> {

    List<TenantWebhook> findAllByOrderByIdAsc();
}
