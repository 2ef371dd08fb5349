package io.loopdesk.identity;

import io.loopdesk.shared.Audited;
import io.loopdesk.shared.TenantScope;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets a {@link Role#PROVIDER_STAFF} person act in the tenants a {@link DelegationPolicy} grants them: entering a
 * tenant makes (or brings up to date) their delegated account there and signs the request in as it; every later
 * request asks the policy again, so a revoked or expired grant is over at once. Without a policy (no module keeps
 * grants) nobody is delegated anywhere.
 */
@Service
public class DelegatedAccess {

    private final UserAccountRepository accounts;
    private final ObjectProvider<DelegationPolicy> policy;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DelegatedAccess(
            UserAccountRepository accounts,
            ObjectProvider<DelegationPolicy> policy,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
    }

    /** Whether {@code actor} is a provider's person (as signed in, not as delegated). */
    public static boolean isProviderPerson(Actor actor) {
        return !actor.isSystem() && actor.has(Role.PROVIDER_STAFF);
    }

    /**
     * The sign-in of a provider's person behind {@code current}, whether they are in a tenant now (a
     * {@link DelegatedAuthentication}) or not; empty for anyone else.
     */
    public static Optional<Authentication> providerSignIn(@Nullable Authentication current) {
        Authentication signedIn = current instanceof DelegatedAuthentication delegated ? delegated.signedIn() : current;
        return CurrentActor.of(signedIn)
                .filter(DelegatedAccess::isProviderPerson)
                .map(actor -> signedIn);
    }

    /** The tenants {@code person} may enter now. */
    public List<Delegation> delegationsOf(Actor person) {
        DelegationPolicy grants = policy.getIfAvailable();
        if (grants == null || !isProviderPerson(person)) {
            return List.of();
        }
        return grants.delegationsOf(person.userId());
    }

    /**
     * {@code signedIn} (a provider's person) entering {@code tenantId}: the authentication to continue with, or empty
     * if no grant lets them in now.
     */
    public Optional<DelegatedAuthentication> enter(Authentication signedIn, long tenantId) {
        Optional<Actor> person = CurrentActor.of(signedIn).filter(DelegatedAccess::isProviderPerson);
        DelegationPolicy grants = policy.getIfAvailable();
        if (person.isEmpty() || grants == null) {
            return Optional.empty();
        }
        return grants.delegation(person.get().userId(), tenantId).map(delegation -> {
            Actor delegated = accountFor(person.get(), delegation);
            events.publishEvent(Audited.of(tenantId, "delegate.entered", delegated.username()));
            return new DelegatedAuthentication(delegated, signedIn);
        });
    }

    /**
     * {@code current} checked again for this request: as it is, brought in line with a grant whose roles changed, or
     * empty when the grant no longer holds.
     */
    public Optional<DelegatedAuthentication> recheck(DelegatedAuthentication current) {
        DelegationPolicy grants = policy.getIfAvailable();
        Actor delegated = current.delegated();
        if (grants == null) {
            return Optional.empty();
        }
        return grants.delegation(current.person().userId(), delegated.tenantId())
                .map(delegation -> delegation.roles().equals(delegated.roles())
                                && delegation.actingAs().equals(delegated.name())
                        ? current
                        : new DelegatedAuthentication(accountFor(current.person(), delegation), current.signedIn()));
    }

    /** The delegated account of {@code person} in the delegation's tenant, made if it is their first visit. */
    private Actor accountFor(Actor person, Delegation delegation) {
        // a session of its own, opened inside the tenant: the caller's is bound to the person's own tenant
        return TenantScope.inTenant(
                delegation.tenantId(),
                () -> transactions.execute(status -> {
                    UserAccount account = accounts.findByTenantIdAndDelegateOf(delegation.tenantId(), person.userId())
                            .orElseGet(() -> UserAccount.delegated(
                                    delegation.tenantId(),
                                    person.userId(),
                                    username(person, delegation),
                                    delegation,
                                    clock.instant()));
                    account.actAs(delegation);
                    return accounts.saveAndFlush(account).actor();
                }));
    }

    private static String username(Actor person, Delegation delegation) {
        String username = "d" + delegation.tenantId() + "." + person.username();
        return username.length() > 100 ? username.substring(0, 100) : username;
    }
}
