/**
 * Tags: short labels a tenant's staff put on tickets (退款, vip-merchant, 直播间-0425) to find, count and act on them
 * together — a filter of every list and saved view, and a bulk action. Published API (the named interface
 * {@code tag}): automations read and set tags through {@link io.loopdesk.ticket.tag.TicketTags}.
 */
@org.springframework.modulith.NamedInterface("tag")
@NullMarked
package io.loopdesk.ticket.tag;

import org.jspecify.annotations.NullMarked;
