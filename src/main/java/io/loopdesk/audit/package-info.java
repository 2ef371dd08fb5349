/**
 * Audit: the append-only, tamper-evident trail of what people did to tenants' settings, people and secrets, and of
 * every sign-in. Other modules publish {@link io.loopdesk.shared.Audited} (and identity its sign-in events); this
 * module writes each into its tenant's hash chain in the publishing transaction, shows the trail to tenant admins
 * and operators, exports it, and verifies the chain.
 */
@NullMarked
package io.loopdesk.audit;

import org.jspecify.annotations.NullMarked;
