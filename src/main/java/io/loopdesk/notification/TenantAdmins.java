package io.loopdesk.notification;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Where the platform writes to a brand: each enabled tenant admin with an address, in their language. */
@Component
public class TenantAdmins {

    /** One admin's address and the language their mail is written in (theirs, else the tenant's). */
    public record Address(Recipient.Email to, Locale language) {}

    private final UserAccounts users;

    TenantAdmins(UserAccounts users) {
        this.users = users;
    }

    public List<Address> of(TenantInfo tenant) {
        return users.withAnyRole(tenant.id(), Set.of(Role.TENANT_ADMIN)).stream()
                .filter(UserView::enabled)
                .flatMap(admin -> Recipient.anyEmail(admin.email()).stream()
                        .map(to -> new Address(
                                to,
                                admin.preferredLocale() != null ? admin.preferredLocale() : tenant.defaultLocale())))
                .toList();
    }
}
