package org.govcc.sip.registrar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.govcc.api.agent.AgentId;
import org.govcc.api.internal.Require;

/**
 * An agent's SIP phone account: the SIP user name and the digest secret HA1 = MD5(username:realm:password), so the
 * password itself need not be stored.
 *
 * @param agent the agent this phone belongs to
 * @param username the SIP user name (the user part of the address of record)
 * @param ha1 lower-case hex MD5 of {@code username:realm:password}
 * @since 0.1
 */
public record AgentAccount(AgentId agent, String username, String ha1) {

    /** Validates the values. */
    public AgentAccount {
        Require.nonNull(agent, "agent");
        Require.id(username, "username");
        Require.nonNull(ha1, "ha1");
        Require.that(ha1.matches("[0-9a-f]{32}"), "ha1 must be 32 lower-case hex digits");
    }

    /** Returns an account whose HA1 is computed from {@code password} in {@code realm}. */
    public static AgentAccount withPassword(AgentId agent, String username, String realm, String password) {
        Require.nonBlank(realm, "realm");
        Require.nonNull(password, "password");
        return new AgentAccount(agent, username, md5Hex(username + ":" + realm + ":" + password));
    }

    /** Returns the lower-case hex MD5 of {@code text} in UTF-8. */
    static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 missing from the JDK", e);
        }
    }

    @Override
    public String toString() {
        return "AgentAccount[" + agent + ", " + username + "]";
    }
}
