/**
 * The few value types and mechanisms every module needs: tenant scoping and the application clock.
 * Keep it tiny; anything with domain rules belongs in a feature module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package io.loopdesk.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
