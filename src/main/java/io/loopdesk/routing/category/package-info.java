/**
 * How categories are stored: one row per tenant and category, and the categories of REQUIREMENTS §4 a new tenant
 * starts from. Read and changed through {@link io.loopdesk.routing.Categories}.
 */
@NullMarked
package io.loopdesk.routing.category;

import org.jspecify.annotations.NullMarked;
