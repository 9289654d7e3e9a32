package org.govcc.reference.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.govcc.reference.security.keys.CredentialStoreKeySource;
import org.govcc.reference.security.keys.KeyPurpose;
import org.govcc.reference.security.keys.SecretKeys;
import org.govcc.reference.testing.LinePeers;
import org.govcc.reference.testing.OwnServers;
import org.govcc.reference.testing.PostgresCluster;
import org.govcc.reference.testing.Staff;
import org.govcc.reference.testing.WarHttp;
import org.govcc.reference.testing.WildFlyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.wildfly.security.credential.SecretKeyCredential;
import org.wildfly.security.credential.store.CredentialStore;
import org.wildfly.security.credential.store.WildFlyElytronCredentialStoreProvider;

/**
 * The audit trail in the deployed WAR on PostgreSQL (a database the test can change while the line runs): the WAR
 * chains its entries with the key of the server's credential store; a complaint officer's work on a sealed request
 * and an agent's refusal are in the trail; altering one audit row through JDBC makes both the REST verifier and the
 * command-line tool name that row; only administrators verify; and without its keys the WAR refuses to deploy,
 * naming the alias and the command that makes it.
 *
 * <p>Its own WildFly on port offset {@code govcc.it.audit.portOffset} (485) and SIP port
 * {@code govcc.it.audit.sipPort} (55850).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@OwnServers
class AuditVerificationPostgresIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path AUDIT_VERIFY = Path.of("..", "scripts", "audit-verify.sh").toAbsolutePath().normalize();

    @TempDir
    Path work;

    private PostgresCluster cluster;
    private WildFlyServer server;
    private URL base;
    private long alteredSequence;

    @BeforeAll
    void startOnPostgres() throws Exception {
        server = WildFlyServer.builder("audit-postgres", Integer.getInteger("govcc.it.audit.portOffset", 485))
                .systemProperty("govcc.sip.port", Integer.toString(Integer.getInteger("govcc.it.audit.sipPort", 55850)))
                .systemProperty("govcc.rtp.ports", System.getProperty("govcc.it.audit.rtpPorts", "40900-40998"))
                .systemProperty("govcc.drain.seconds", "3")
                .build();
        cluster = PostgresCluster.start();
        PostgresCluster.runWith("GOVCC_DB_PASSWORD=" + cluster.password(),
                Path.of("..", "scripts", "wildfly", "govcc-postgres.sh").toAbsolutePath().normalize().toString(),
                "--url", cluster.url(), "--user", cluster.user(),
                "--jboss-home", server.home().toString(), "--base-dir", server.baseDir().toString());
        server.start();
        base = new URL(server.baseUrl());
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (server != null) {
            server.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void theWarChainsWithTheKeyOfTheServersCredentialStoreAndAuditsSealedWork() throws Exception {
        assertThat(Files.readString(server.serverLog())).contains("gov-cc keys from the credential store 'govcc-keys'")
                .contains("current caller-number-v1, complaint-content-v1, audit-chain-v1, callback-number-v1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store()))).isEqualTo("rw-------");
        String complaint = "{\"line\":\"complaints\",\"topic\":\"harassment-complaints\",\"subject\":\"complaint\"}";
        HttpResponse<String> opened = WarHttp.post(base, "api/requests", staff("agent13"), complaint);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String id = JSON.readTree(opened.body()).get("id").asText();
        assertThat(WarHttp.get(base, "api/requests/" + id, staff("agent13")).statusCode()).isEqualTo(200);
        assertThat(WarHttp.get(base, "api/requests/" + id, staff("agent11")).statusCode()).isEqualTo(403);

        List<JsonNode> entries = entries();
        assertThat(entries).filteredOn(e -> e.at("/entry/subject/id").asText().equals(id))
                .extracting(e -> e.at("/entry/user").asText() + ":" + e.at("/entry/action").asText())
                .containsExactly("agent13:CREATE", "agent13:READ", "agent11:REFUSED");
        // The hash the WAR made is the HMAC under the store's audit-chain-v1: the key came from the store.
        SecretKeys storeKeys = SecretKeys.from(CredentialStoreKeySource.file(store()));
        JsonNode first = entries.get(0);
        AuditEntry entry = new AuditEntry(first.at("/entry/user").asText(), first.at("/entry/role").asText(),
                Instant.parse(first.at("/entry/at").asText()), AuditAction.valueOf(first.at("/entry/action").asText()),
                AuditSubject.of(first.at("/entry/subject/type").asText(), first.at("/entry/subject/id").asText()),
                first.at("/entry/reason").asText(), Instant.parse(first.at("/entry/retainUntil").asText()));
        assertThat(first.get("keyVersion").asInt()).isEqualTo(1);
        assertThat(AuditChain.hash(first.get("sequence").asLong(), entry, first.get("previousHash").asText(),
                storeKeys.version(KeyPurpose.AUDIT_CHAIN, 1))).isEqualTo(first.get("hash").asText());

        JsonNode verification = verification();
        assertThat(verification.get("intact").asBoolean()).as("%s", verification).isTrue();
        assertThat(verification.get("checked").asLong()).isGreaterThanOrEqualTo(3);
        alteredSequence = entries.stream().filter(e -> e.at("/entry/action").asText().equals("READ")
                && e.at("/entry/subject/id").asText().equals(id)).findFirst().orElseThrow().get("sequence").asLong();
    }

    @Test
    @Order(2)
    void alteringOneAuditRowThroughJdbcMakesTheRestVerifierAndTheToolNameThatRow() throws Exception {
        try (Connection c = DriverManager.getConnection(cluster.url(), cluster.user(), cluster.password());
             PreparedStatement s = c.prepareStatement("UPDATE GOVCC_AUDIT SET REASON = 'nothing happened' WHERE SEQ = ?")) {
            s.setLong(1, alteredSequence);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }

        JsonNode verification = verification();
        assertThat(verification.get("intact").asBoolean()).isFalse();
        assertThat(verification.get("brokenSequence").asLong()).as("%s", verification).isEqualTo(alteredSequence);
        assertThat(verification.get("breakage").asText()).isEqualTo("CONTENT_ALTERED");
        // Reading the pages appends READ entries after it: the verification's own entry is the last VERIFY.
        assertThat(entries()).filteredOn(e -> e.at("/entry/action").asText().equals("VERIFY")).last()
                .satisfies(e -> {
                    assertThat(e.at("/entry/user").asText()).isEqualTo(Staff.ADMINISTRATOR);
                    assertThat(e.at("/entry/reason").asText()).contains("BROKEN at entry " + alteredSequence);
                });

        Path password = work.resolve("db-password");
        Files.writeString(password, cluster.password() + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
        Process tool = new ProcessBuilder("bash", AUDIT_VERIFY.toString(), "--url", cluster.url(), "--user",
                cluster.user(), "--password-file", password.toString(), "--keys", store().toString(),
                "--jboss-home", server.home().toString(), "--war", WildFlyServer.defaultWar().toString())
                .redirectErrorStream(true).start();
        assertThat(tool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tool.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("first broken entry: " + alteredSequence + " CONTENT_ALTERED")
                .contains("audit chain BROKEN at entry " + alteredSequence);
    }

    @Test
    @Order(3)
    void onlyAnAdministratorVerifiesOrReadsTheTrail() {
        for (String path : List.of("api/audit/verification", "api/audit/entries")) {
            assertThat(LinePeers.get(server.baseUrl() + path).statusCode()).as(path + " anonymous").isEqualTo(401);
            for (String user : List.of("agent01", Staff.SUPERVISOR, "agent13")) {
                assertThat(LinePeers.get(server.baseUrl() + path, staff(user)).statusCode()).as(path + " as " + user)
                        .isEqualTo(403);
            }
            assertThat(LinePeers.get(server.baseUrl() + path, staff(Staff.ADMINISTRATOR)).statusCode()).isEqualTo(200);
        }
        assertThat(LinePeers.get(server.baseUrl() + "api/audit/entries?size=501", staff(Staff.ADMINISTRATOR))
                .statusCode()).isEqualTo(400);
    }

    @Test
    @Order(4)
    void withoutAPurposesKeyTheWarRefusesToDeployNamingTheAliasAndTheCommand() throws Exception {
        server.stop();
        CredentialStore store = CredentialStore.getInstance("PropertiesCredentialStore",
                WildFlyElytronCredentialStoreProvider.getInstance());
        store.initialize(Map.of("location", store().toString(), "create", "false"));
        store.remove(KeyPurpose.AUDIT_CHAIN.alias(1), SecretKeyCredential.class);
        store.flush();

        String failure = server.startExpectingDeploymentFailure();

        String log = Files.readString(server.serverLog());
        assertThat(failure + log).contains("'audit-chain-v1'").contains("scripts/wildfly/govcc-keys.sh");
        assertThat(log).contains("gov-cc refuses to start the line");
        server.stop();
    }

    private Path store() {
        return server.baseDir().resolve(CredentialStoreKeySource.DEFAULT_FILE);
    }

    private Staff staff(String user) {
        return Staff.in(server.dataDir(), user);
    }

    private JsonNode verification() throws IOException {
        HttpResponse<String> r = LinePeers.get(server.baseUrl() + "api/audit/verification", staff(Staff.ADMINISTRATOR));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** Every entry, page by page. */
    private List<JsonNode> entries() throws IOException {
        List<JsonNode> all = new ArrayList<>();
        long from = 1;
        while (from > 0) {
            HttpResponse<String> r = LinePeers.get(server.baseUrl() + "api/audit/entries?size=2&from=" + from,
                    staff(Staff.ADMINISTRATOR));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode page = JSON.readTree(r.body());
            page.get("entries").forEach(all::add);
            from = page.get("next").asLong();
        }
        return all;
    }
}
