/**
 * Reply templates (话术) with variables and numbered points, the tenant's opening and closing phrases around every
 * public reply, and the standard templates a tenant starts with. Published to other modules, so a live chat offers the
 * same templates as a ticket.
 */
@NullMarked
@org.springframework.modulith.NamedInterface("reply")
package io.loopdesk.knowledge.reply;

import org.jspecify.annotations.NullMarked;
