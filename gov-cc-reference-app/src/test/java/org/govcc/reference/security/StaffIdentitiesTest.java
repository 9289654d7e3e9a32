package org.govcc.reference.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.config.MinistryOfLabourLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffIdentitiesTest {

    @TempDir
    Path dir;

    Path users;
    Path roles;
    Path passwords;

    final LineConfiguration ministry = MinistryOfLabourLine.configuration();

    @BeforeEach
    void emptyRealmAsBuilt() throws IOException {
        users = dir.resolve("govcc-users.properties");
        roles = dir.resolve("govcc-roles.properties");
        passwords = dir.resolve("data").resolve("govcc-staff-passwords.properties");
        Files.writeString(users, "# the build's empty file\n#$REALM_NAME=gov-cc$\n");
        Files.writeString(roles, "# roles\n");
    }

    @Test
    void theConfidentialLinesSkillsAreTheComplaintQueuesAndItsOverflowPoolOnly() {
        assertThat(ministry.confidentialSkills()).extracting(s -> s.value())
                .containsExactlyInAnyOrder("harassment-complaints", "harassment-complaints-second");
    }

    @Test
    void everyAgentASupervisorAndAnAdministratorGetAnIdentityWithADigestOfTheirOwnPassword() throws IOException {
        var generated = StaffIdentities.generateIfEmpty(ministry.roster(), ministry.confidentialSkills(), users,
                roles, passwords);

        assertThat(generated).hasSize(ministry.roster().size() + 2)
                .contains("agent01", StaffIdentities.SUPERVISOR, StaffIdentities.ADMINISTRATOR);
        Properties clear = read(passwords);
        Properties digests = read(users);
        assertThat(digests.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(generated);
        for (String user : generated) {
            assertThat(clear.getProperty(user)).hasSize(24);
            assertThat(digests.getProperty(user)).isEqualTo(StaffIdentities.digest(user, clear.getProperty(user)));
        }
        assertThat(clear.getProperty("agent01")).isNotEqualTo(clear.getProperty("agent02"));
        assertThat(Files.readString(users)).startsWith("# the build's empty file\n#$REALM_NAME=gov-cc$\n");
    }

    @Test
    void rolesFollowTheRosterAndTheComplaintSpecialistsAreComplaintOfficers() throws IOException {
        StaffIdentities.generateIfEmpty(ministry.roster(), ministry.confidentialSkills(), users, roles, passwords);

        Properties granted = read(roles);
        assertThat(granted.getProperty("agent01")).isEqualTo("agent");
        assertThat(granted.getProperty("agent13")).isEqualTo("agent,complaint-officer");
        assertThat(granted.getProperty("agent15")).as("the second pool").isEqualTo("agent,complaint-officer");
        assertThat(granted.getProperty(StaffIdentities.SUPERVISOR)).isEqualTo("supervisor");
        assertThat(granted.getProperty(StaffIdentities.ADMINISTRATOR)).isEqualTo("administrator");
    }

    @Test
    void theFilesAreOwnerOnly() throws IOException {
        StaffIdentities.generateIfEmpty(ministry.roster(), ministry.confidentialSkills(), users, roles, passwords);

        for (Path file : new Path[] {users, roles, passwords}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void aRealmThatHoldsIdentitiesOrIsNotThereIsLeftAlone() throws IOException {
        StaffIdentities.generateIfEmpty(ministry.roster(), ministry.confidentialSkills(), users, roles, passwords);
        String before = Files.readString(users);
        String passwordsBefore = Files.readString(passwords);

        assertThat(StaffIdentities.generateIfEmpty(ministry.roster(), ministry.confidentialSkills(), users, roles,
                passwords)).isEmpty();
        assertThat(Files.readString(users)).isEqualTo(before);
        assertThat(Files.readString(passwords)).isEqualTo(passwordsBefore);

        Path elsewhere = dir.resolve("no-such-realm.properties");
        assertThat(StaffIdentities.generateIfEmpty(ministry.roster(), ministry.confidentialSkills(), elsewhere,
                roles, passwords)).isEmpty();
        assertThat(elsewhere).doesNotExist();
    }

    @Test
    void theDigestIsHexMd5OfUserRealmAndPassword() {
        // RFC 2617's form, as WildFly's add-user.sh writes it: MD5("admin01:gov-cc:secret").
        // (printf 'admin01:gov-cc:secret' | md5sum)
        assertThat(StaffIdentities.digest("admin01", "secret")).isEqualTo("a57d916e73afda2cd00e01b6a9703061")
                .isNotEqualTo(StaffIdentities.digest("admin01", "secreT"))
                .isNotEqualTo(StaffIdentities.digest("admin02", "secret"));
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
