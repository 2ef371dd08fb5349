package io.loopdesk.testing;

import io.loopdesk.identity.UserAccounts;
import io.loopdesk.notification.Notifications;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.shared.web.ProblemWriter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What a {@code @WebMvcTest} of one controller needs besides its own services: the shared web parts every page and
 * API uses (problem documents, field messages), the unread-notifications badge and the preferred-language lookup mocked. Put it beside
 * {@code @WebMvcTest} and {@code @AutoConfigureMockMvc(addFilters = false)}: the slice has Spring Boot's default
 * security, not Loopdesk's, so its filters are left out and a test signs in by putting
 * {@code SliceSignIn.as(actor)} into the {@code SecurityContextHolder} (MockMvc runs on the test's thread); who may call
 * what is {@code AuthorizationMatrixTest}'s.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({ProblemWriter.class, FieldMessages.class})
@MockitoBean(types = {Notifications.class, UserAccounts.class})
public @interface WebSlice {}
