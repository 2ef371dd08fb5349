/** Operations on the web: a tenant's data export (its admin's page and the API) and the operator's import. */
@NullMarked
package io.loopdesk.operations.web;

import org.jspecify.annotations.NullMarked;
