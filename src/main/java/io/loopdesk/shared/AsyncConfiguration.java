package io.loopdesk.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Reactions to events run after the transaction that published them, on their own threads ({@link AsyncReaction},
 * Spring Modulith's {@code @ApplicationModuleListener}).
 *
 * <p>Such a thread starts in no tenant at all ({@link TenantScope#NO_TENANT}): it sees nothing until the reaction
 * names the tenant its event belongs to with {@link TenantScope#inTenant}. Only the few jobs that must cross
 * tenants use {@link TenantScope#asSystem}, and an architecture test lists them.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {}
