package io.loopdesk.identity;

import java.util.EnumSet;
import java.util.Set;

/** What a person may do (REQUIREMENTS §10). A user may hold several roles. */
public enum Role {
    /** Submits feedback and follows their own tickets. */
    CUSTOMER,
    /** 客服专员: registers feedback, answers customers. */
    AGENT,
    /** Technical engineer: handles the problem. */
    ENGINEER,
    /** 主管: reviews, assigns and closes tickets. */
    SUPERVISOR,
    /** Quality inspector: reads tickets and scores them. */
    QA,
    /**
     * 知识库编辑: writes, reviews and publishes the knowledge base, approves agents' proposals, keeps the reply
     * templates and macros; works no tickets.
     */
    KB_EDITOR,
    /** Manages the tenant's users and settings. */
    TENANT_ADMIN,
    /** Runs the platform: sees every tenant. */
    PLATFORM_OPERATOR,
    /**
     * A person of an outside service provider (外部服务商). Holds nothing in their own tenant: they act in the tenants
     * they are granted, each time through a delegated account there with the roles of the grant (see
     * {@link DelegationPolicy}).
     */
    PROVIDER_STAFF;

    /** The roles a grant may give a provider's person in a tenant it serves: the desk's, never its administration. */
    public static final Set<Role> DELEGABLE = EnumSet.of(AGENT, ENGINEER, SUPERVISOR, QA);

    /** Roles that work tickets of their tenant. */
    public static final Set<Role> HANDLERS = EnumSet.of(AGENT, ENGINEER, SUPERVISOR, TENANT_ADMIN, PLATFORM_OPERATOR);

    /** Roles that work tickets day to day (a tenant admin who holds none of them lands on administration). */
    public static final Set<Role> HANDLERS_WITHOUT_ADMIN = EnumSet.of(AGENT, ENGINEER, SUPERVISOR, PLATFORM_OPERATOR);

    /** Roles that may close, assign and override: the supervisor's powers. */
    public static final Set<Role> SUPERVISORS = EnumSet.of(SUPERVISOR, TENANT_ADMIN, PLATFORM_OPERATOR);

    /** Roles that see a customer's full phone number and e-mail: those who must call or write to them. */
    public static final Set<Role> SEES_CONTACT_DETAILS = EnumSet.of(AGENT, ENGINEER, SUPERVISOR);

    public String authority() {
        return "ROLE_" + name();
    }
}
