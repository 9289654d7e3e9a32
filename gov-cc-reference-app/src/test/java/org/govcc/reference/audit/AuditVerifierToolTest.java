package org.govcc.reference.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.govcc.reference.persistence.TestDatabase;
import org.govcc.reference.security.keys.CredentialStoreKeySource;
import org.govcc.reference.security.keys.SecretKeys;
import org.govcc.reference.security.keys.TestKeys;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.wildfly.security.credential.SecretKeyCredential;
import org.wildfly.security.credential.store.CredentialStore;
import org.wildfly.security.credential.store.WildFlyElytronCredentialStoreProvider;

/** The command-line verifier: keys from a credential store file, the chain over JDBC, the exit status. */
class AuditVerifierToolTest {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void exitsZeroOnAnIntactChainAndOneNamingTheFirstBrokenRowOnceARowIsAltered() throws Exception {
        Path store = store();
        SecretKeys keys = SecretKeys.from(CredentialStoreKeySource.file(store));
        EntityManager em = DATABASE.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            AuditTrail trail = AuditTrail.using(em, keys, Clock.systemUTC());
            for (int i = 1; i <= 3; i++) {
                trail.append("officer-1", "complaint-officer", AuditAction.READ, AuditSubject.of("complaint", "7"),
                        "read " + i);
            }
            em.getTransaction().commit();
        } finally {
            em.close();
        }

        assertThat(run("--url", url(), "--user", "sa", "--keys", store.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("audit chain intact: 3 entries checked");

        try (Connection c = DATABASE.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE GOVCC_AUDIT SET ACTOR = 'officer-2' WHERE SEQ = 2");
        }
        out.reset();
        assertThat(run("--url", url(), "--user", "sa", "--keys", store.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("audit chain BROKEN at entry 2 (CONTENT_ALTERED)")
                .contains("first broken entry: 2 CONTENT_ALTERED");
    }

    @Test
    void exitsTwoWhenItCannotVerify() throws Exception {
        assertThat(run("--url", url(), "--keys", dir.resolve("none.cs").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no credential store at");
        assertThat(run("--url", "not-jdbc", "--keys", store().toString())).isEqualTo(2);
        assertThat(run("--url")).isEqualTo(2);
        assertThat(err.toString()).contains("usage:");
    }

    private int run(String... args) {
        return AuditVerifierTool.run(List.of(args), "", new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String url() {
        return ((JdbcDataSource) DATABASE.dataSource()).getURL();
    }

    private Path store() throws Exception {
        Path file = dir.resolve("credentials.cs");
        CredentialStore store = CredentialStore.getInstance("PropertiesCredentialStore",
                WildFlyElytronCredentialStoreProvider.getInstance());
        store.initialize(Map.of("location", file.toString(), "create", "true"));
        store.store("audit-chain-v1", new SecretKeyCredential(TestKeys.key()));
        store.flush();
        return file;
    }
}
