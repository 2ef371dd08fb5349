/**
 * Survey: the customer's confirmation is in the ticket lifecycle; here live satisfaction ratings (1–5 on response
 * speed, expertise, resolution and attitude, plus a comment) and, later, complaints and NPS.
 */
@NullMarked
package io.loopdesk.survey;

import org.jspecify.annotations.NullMarked;
