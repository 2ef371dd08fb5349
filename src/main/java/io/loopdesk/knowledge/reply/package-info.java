/**
 * Reply templates (话术) with variables and numbered points, the tenant's opening and closing phrases around every
 * public reply, and the standard templates a tenant starts with.
 */
@NullMarked
package io.loopdesk.knowledge.reply;

import org.jspecify.annotations.NullMarked;
