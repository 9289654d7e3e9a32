package org.govcc.reference.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.SkillId;

/**
 * The demonstration identities of the embedded default realm, generated at the first start: every agent of the
 * roster (role agent, and complaint officer for those holding a skill of the confidential line's queues), one
 * supervisor and one administrator, each with a random password.
 *
 * <p>The realm's files are those of {@code scripts/wildfly/govcc-security.cli}: {@code user=HEX(MD5(user:realm:
 * password))} and {@code user=role,...}. Identities are generated only into a users file that exists and holds none
 * (the build puts an empty one in place); a realm that already has users, or a server whose sign-in is another realm
 * (no such file), is left alone. The passwords go to an owner-only file beside the agents' SIP passwords.
 *
 * <p>Stateless and thread-safe.
 */
public final class StaffIdentities {

    /** The digest realm of {@code govcc-security.cli}'s properties realm. */
    public static final String REALM = "gov-cc";

    /** The demonstration supervisor's user name. */
    public static final String SUPERVISOR = "supervisor01";

    /** The demonstration administrator's user name. */
    public static final String ADMINISTRATOR = "admin01";

    private static final Logger LOG = Logger.getLogger(StaffIdentities.class.getName());
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private StaffIdentities() {
    }

    /**
     * Generates the identities into {@code users} and {@code roles} and their passwords into {@code passwords}, if
     * {@code users} exists and holds no identity.
     *
     * @param roster the agents
     * @param complaintSkills the skills of the confidential line's queues
     * @return the user names generated, in order; empty when the realm was left alone
     * @throws UncheckedIOException if a file cannot be read or written
     */
    public static List<String> generateIfEmpty(List<AgentProfile> roster, Set<SkillId> complaintSkills, Path users,
                                               Path roles, Path passwords) {
        Require.nonNull(roster, "roster");
        Require.nonNull(complaintSkills, "complaintSkills");
        if (!Files.isRegularFile(users) || holdsIdentities(users)) {
            return List.of();
        }
        Map<String, List<String>> staff = new LinkedHashMap<>();
        for (AgentProfile agent : roster) {
            List<String> granted = new ArrayList<>(List.of(Roles.AGENT));
            if (agent.skills().keySet().stream().anyMatch(complaintSkills::contains)) {
                granted.add(Roles.COMPLAINT_OFFICER);
            }
            staff.put(agent.id().value(), granted);
        }
        staff.put(SUPERVISOR, List.of(Roles.SUPERVISOR));
        staff.put(ADMINISTRATOR, List.of(Roles.ADMINISTRATOR));

        SecureRandom random = new SecureRandom();
        StringBuilder clear = new StringBuilder("# gov-cc demonstration sign-in passwords (web pages and REST), "
                + "generated at the first start\n");
        StringBuilder digests = new StringBuilder("#$REALM_NAME=" + REALM + "$\n");
        StringBuilder granted = new StringBuilder();
        staff.forEach((user, userRoles) -> {
            Require.that(USER.matcher(user).matches(),
                    "user name '" + user + "' has characters a realm file cannot hold");
            byte[] secret = new byte[12];
            random.nextBytes(secret);
            String password = HexFormat.of().formatHex(secret);
            clear.append(user).append('=').append(password).append('\n');
            digests.append(user).append('=').append(digest(user, password)).append('\n');
            granted.append(user).append('=').append(String.join(",", userRoles)).append('\n');
        });
        // The passwords first and the users last: the realm reads the users file again when it changes, and by then
        // every role is in place.
        OwnerOnlyFiles.write(passwords, clear.toString());
        OwnerOnlyFiles.write(roles, header(roles) + granted);
        OwnerOnlyFiles.write(users, header(users) + digests);
        LOG.info("gov-cc reference line: generated " + staff.size() + " demonstration sign-in identities in " + users
                + "; their passwords are in " + passwords);
        return List.copyOf(staff.keySet());
    }

    /** Returns {@code HEX(MD5(user:gov-cc:password))}, the digest form Elytron's properties realm reads. */
    static String digest(String user, String password) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest((user + ":" + REALM + ":" + password)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }

    private static boolean holdsIdentities(Path users) {
        try {
            return Files.readAllLines(users, StandardCharsets.UTF_8).stream().map(String::strip)
                    .anyMatch(line -> !line.isEmpty() && !line.startsWith("#"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + users, e);
        }
    }

    /** Returns the comment lines at the top of {@code file}, kept when it is filled. */
    private static String header(Path file) {
        try {
            StringBuilder kept = new StringBuilder();
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.startsWith("#") && !line.startsWith("#$REALM_NAME")) {
                        kept.append(line).append('\n');
                    }
                }
            }
            return kept.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
