/**
 * Outside service providers (外部服务商, seed 000): organisations whose people serve several tenants under grants —
 * which tenant, which roles, until when. A grant only holds while the tenant has authorised hosting and is not
 * suspended; identity asks {@link io.loopdesk.provider.ProviderGrants} (its {@link io.loopdesk.identity.DelegationPolicy})
 * on every request a provider's person makes in a tenant, so revoking takes effect at once.
 *
 * <p>{@link io.loopdesk.provider.ServiceProviders} and {@link io.loopdesk.provider.ProviderGrants} are the module's
 * API; {@code provider.web} its console pages (operators) and the tenant admin's list of who serves the tenant.
 */
@NullMarked
package io.loopdesk.provider;

import org.jspecify.annotations.NullMarked;
