/**
 * SLA targets: the standard and marketplace policies, resolution budgets by urgency, and each tenant's saved numbers.
 */
@NullMarked
package io.loopdesk.sla.policy;

import org.jspecify.annotations.NullMarked;
