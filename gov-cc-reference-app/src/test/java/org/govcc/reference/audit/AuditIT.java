package org.govcc.reference.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.govcc.reference.security.keys.CredentialStoreKeySource;
import org.govcc.reference.security.keys.KeyPurpose;
import org.govcc.reference.security.keys.SecretKeys;
import org.govcc.reference.testing.ReferenceServer;
import org.govcc.reference.testing.ReferenceWar;
import org.govcc.reference.testing.Staff;
import org.govcc.reference.testing.WarHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The keys and the audit trail in the deployed WAR on its embedded H2: inside the server, the keys the line uses are
 * those of the server's credential store (read through the Elytron subsystem's service, and equal to what the store's
 * file holds); entries appended through the line's trail and one of them altered through JDBC; from outside, the
 * REST verifier names that entry, and only an administrator may ask it. The entry is put back at the end, so that
 * the other tests on this server find the chain intact. (The command-line tool needs the database to itself on H2,
 * which the running server holds: {@code AuditVerificationPostgresIT} runs it against a live server's PostgreSQL.)
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditIT {

    private static final String MARK = "AuditIT entry ";
    private static final String ALTERED = "AuditIT altered";

    /** The built WAR, plus this class, the classes its client-side method names, and AssertJ to run inside the server. */
    @Deployment
    static WebArchive war() {
        return ReferenceWar.asBuilt().addClasses(AuditIT.class, ReferenceServer.class, Staff.class, WarHttp.class)
                .addAsLibraries(ReferenceWar.libraryOf(Assertions.class));
    }

    @Inject
    SecretKeys keys;

    @Inject
    AuditTrail trail;

    @Resource(lookup = "java:jboss/datasources/GovCcDS")
    DataSource dataSource;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void theLinesKeysAreTheServersCredentialStoresAndAnAlteredRowBreaksTheChain() throws Exception {
        assertThat(keys.description()).contains("credential store 'govcc-keys'")
                .contains("/subsystem=elytron/secret-key-credential-store=govcc-keys");
        SecretKeys file = SecretKeys.from(CredentialStoreKeySource.file(Path.of(System.getProperty(
                "jboss.server.base.dir")).resolve(CredentialStoreKeySource.DEFAULT_FILE)));
        for (KeyPurpose p : KeyPurpose.values()) {
            assertThat(keys.current(p).key().getEncoded()).as(p.name())
                    .isEqualTo(file.current(p).key().getEncoded());
        }

        for (int i = 1; i <= 3; i++) {
            trail.append("audit-it", "complaint-officer", AuditAction.READ, AuditSubject.of("complaint", "audit-it"),
                    MARK + i);
        }
        assertThat(trail.verify().intact()).isTrue();
        assertThat(update("UPDATE GOVCC_AUDIT SET REASON = '" + ALTERED + "' WHERE REASON = '" + MARK + "2'"))
                .isEqualTo(1);
        assertThat(trail.verify().firstBroken()).map(AuditVerification.BrokenLink::breakage)
                .contains(AuditVerification.Breakage.CONTENT_ALTERED);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theRestVerifierNamesTheAlteredEntryForAnAdministratorOnly() throws Exception {
        ObjectMapper json = new ObjectMapper();
        long altered = -1;
        for (long from = 1; from > 0; ) {
            JsonNode page = json.readTree(WarHttp.get(base, "api/audit/entries?size=500&from=" + from, admin()).body());
            for (JsonNode e : page.get("entries")) {
                if (e.at("/entry/reason").asText().equals(ALTERED)) {
                    altered = e.get("sequence").asLong();
                }
            }
            from = page.get("next").asLong();
        }
        assertThat(altered).isPositive();

        HttpResponse<String> verified = WarHttp.get(base, "api/audit/verification", admin());

        assertThat(verified.statusCode()).isEqualTo(200);
        JsonNode v = json.readTree(verified.body());
        assertThat(v.get("intact").asBoolean()).isFalse();
        assertThat(v.get("brokenSequence").asLong()).as(verified.body()).isEqualTo(altered);
        assertThat(v.get("breakage").asText()).isEqualTo("CONTENT_ALTERED");
        assertThat(WarHttp.get(base, "api/audit/verification").statusCode()).isEqualTo(401);
        for (String user : List.of("agent01", Staff.SUPERVISOR, "agent13")) {
            assertThat(WarHttp.get(base, "api/audit/verification", ReferenceServer.staff(user)).statusCode())
                    .as(user).isEqualTo(403);
        }
    }

    @Test
    @Order(3)
    void putBackTheChainVerifiesAgain() throws Exception {
        assertThat(update("UPDATE GOVCC_AUDIT SET REASON = '" + MARK + "2' WHERE REASON = '" + ALTERED + "'"))
                .isEqualTo(1);

        AuditVerification v = trail.verify();
        assertThat(v.intact()).as(v.summary()).isTrue();
    }

    private int update(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            return s.executeUpdate();
        }
    }

    private static Staff admin() {
        return ReferenceServer.staff(Staff.ADMINISTRATOR);
    }
}
