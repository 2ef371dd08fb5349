package io.loopdesk.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findByIdIn(Collection<Long> ids);

    List<UserAccount> findAllByOrderByUsername();

    /** A native query, so the session's tenant filter does not hide other tenants' users. */
    @Query(value = "select count(*) > 0 from app_user where username = :username", nativeQuery = true)
    boolean existsByUsernameInAnyTenant(String username);

    @Query("select distinct u from UserAccount u join u.roles r where u.tenantId = :tenantId and u.enabled = true"
            + " and r in :roles order by u.username")
    List<UserAccount> findEnabledWithAnyRole(long tenantId, Collection<Role> roles);

    @Query("select distinct u from UserAccount u join u.roles r where u.enabled = true and r = :role"
            + " order by u.username")
    List<UserAccount> findEnabledWithRole(Role role);

    Optional<UserAccount> findByTenantIdAndDelegateOf(long tenantId, long delegateOf);

    List<UserAccount> findByTenantIdAndEmailIgnoreCase(long tenantId, String email);
}
