package io.loopdesk.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A module's reaction to another module's event: after the publishing transaction commits, on a background thread,
 * recorded in the event publication registry so a crash before it finishes redoes it at the next start.
 *
 * <p>Unlike Spring Modulith's {@code @ApplicationModuleListener} it opens no transaction around the whole reaction:
 * the reaction opens its own short transactions, so a retry after a concurrent change starts afresh instead of
 * inheriting a transaction already marked for rollback, and a reaction never holds two connections at once.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Async
@TransactionalEventListener
public @interface AsyncReaction {

    /**
     * A SpEL condition on the event, named as the method's parameter is; when it is false the reaction does not run
     * and the publication registry records nothing for it.
     */
    @AliasFor(annotation = TransactionalEventListener.class, attribute = "condition")
    String condition() default "";
}
