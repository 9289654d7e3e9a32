package org.govcc.reference.security;

import java.util.List;

/**
 * The roles of the reference line's staff, as the security realm names them and {@code @RolesAllowed} and
 * {@code web.xml} use them (annotations need compile-time constants, hence strings and not an enum).
 */
public final class Roles {

    /** Answers the line's calls and works citizens' requests of their own body's topics. */
    public static final String AGENT = "agent";

    /** Watches and steers the line; reads every body's requests but changes none. */
    public static final String SUPERVISOR = "supervisor";

    /** Answers the confidential complaint line and is the only one who reads complaints. */
    public static final String COMPLAINT_OFFICER = "complaint-officer";

    /** Runs the deployment: metrics, audit verification, configuration. */
    public static final String ADMINISTRATOR = "administrator";

    /** Every role, in the order above. */
    public static final List<String> ALL = List.of(AGENT, SUPERVISOR, COMPLAINT_OFFICER, ADMINISTRATOR);

    private Roles() {
    }
}
