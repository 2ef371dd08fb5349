/**
 * Dissatisfaction review: a low rating or a reopen after confirmation opens a review; supervisors record return
 * visits (回访) and close it with a conclusion.
 */
package io.loopdesk.survey.review;
