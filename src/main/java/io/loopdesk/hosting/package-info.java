/**
 * Running the hosted service for a brand (seed 000): the onboarding checklist a brand answers before its service
 * starts, applied in one go to the settings of the modules that own them (the tenant's hosting profile and language,
 * the SLA calendar and first-response target), and the "service starts" e-mail to the brand's admins.
 *
 * <p>{@link io.loopdesk.hosting.Onboardings} is the module's API; {@code hosting.web} its console pages.
 */
@NullMarked
package io.loopdesk.hosting;

import org.jspecify.annotations.NullMarked;
