/**
 * Routing: every ticket classified and given to the right agent on duty (REQUIREMENTS §4). The root holds the
 * services pages and other modules use (categories, teams, shifts, presence, ticket routing, classifications, the
 * surges the radar found) and the events; the rest by concern: {@code routing.classify} (keyword and learned classifiers), {@code routing.assignment}
 * (the queue, the assigner and its sweep, priorities), {@code routing.duty} (teams, shifts and agents' profiles,
 * workloads, coverage notices), {@code routing.transfer} (transfers, dispatches to other tiers, escalation),
 * {@code routing.incident} (major incidents, their radar and linked tickets, text similarity),
 * {@code routing.category} (the stored categories and the defaults a tenant starts from), {@code routing.settings}
 * (the stored routing rules of each tenant).
 */
@NullMarked
package io.loopdesk.routing;

import org.jspecify.annotations.NullMarked;
