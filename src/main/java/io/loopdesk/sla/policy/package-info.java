/**
 * SLA targets: the standard and marketplace policies, resolution budgets by urgency, and each tenant's saved numbers.
 *
 * <p>Published API (the named interface {@code policies}): {@link SlaPolicies} and {@link SlaSettings}.
 */
@org.springframework.modulith.NamedInterface("policies")
@NullMarked
package io.loopdesk.sla.policy;

import org.jspecify.annotations.NullMarked;
