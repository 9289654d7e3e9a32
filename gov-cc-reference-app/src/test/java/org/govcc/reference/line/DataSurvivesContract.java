package org.govcc.reference.line;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.govcc.reference.config.MinistryOfLabourLine;
import org.govcc.reference.testing.Staff;
import org.govcc.reference.testing.WildFlyServer;
import org.govcc.sip.testing.Eventually;
import org.govcc.sip.testing.Ports;
import org.govcc.sip.testing.Sipp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The WAR's data survives its server, on every database gov-cc supports: a server of the class's own (one per class,
 * shared by its tests), first started on a database at the previous schema version with a record in it, then
 * stopped, killed and started again while sipp places calls. Each database's IT extends it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DataSurvivesContract {

    private static final Path SCENARIOS = Path.of("..", "gov-cc-sipservlet", "src", "test", "sipp").toAbsolutePath();
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** A call the records held before Flyway (schema version 1), a day before the class ran. */
    private static final Instant OLD_CALL = Instant.now().minus(Duration.ofDays(1)).truncatedTo(
            java.time.temporal.ChronoUnit.SECONDS);

    /** The newest schema version: the highest of the WAR's SQL migrations (each version from 2 on is applied). */
    private static final int NEWEST = newestSchema();

    private final List<Sipp.SippProcess> peers = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private WildFlyServer server;

    /** The server's name, port offset (450-499), SIP port (55000-55999) and RTP range (36000-36998). */
    abstract String name();

    abstract int portOffset();

    abstract int sipPort();

    abstract String rtpPorts();

    /** Points the (built, stopped) server at the database under test. */
    abstract void useDatabase(WildFlyServer server) throws Exception;

    /** The database, straight from the test (for H2: only while the server is stopped). */
    abstract DataSource database(WildFlyServer server);

    /** The migrations' folder of the database: {@code h2} or {@code postgresql}. */
    abstract String vendor();

    /** Ends what {@link #useDatabase} started. */
    abstract void closeDatabase() throws Exception;

    @BeforeAll
    void startOnADatabaseAtThePreviousSchemaVersion() throws Exception {
        server = WildFlyServer.builder(name(), portOffset())
                .systemProperty("govcc.sip.port", Integer.toString(sipPort()))
                .systemProperty("govcc.rtp.ports", rtpPorts())
                .build();
        useDatabase(server);
        DataSource db = database(server);
        Flyway.configure().dataSource(db).locations("classpath:db/migration/" + vendor()).target("1").load()
                .migrate();
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO GOVCC_CALL_RECORD (CALL_ID, VERSION, FIRST_SEEN, LINE_ID, ABANDONED, CALLBACK_REQUESTED,"
                        + " ENDED_AT, END_REASON) VALUES ('before-flyway', 1, ?, ?, FALSE, FALSE, ?, 'caller hung up')")) {
            // As EclipseLink 4.0.9 stored them: java.time.Instant serialized.
            insert.setBytes(1, serialized(OLD_CALL));
            insert.setString(2, MinistryOfLabourLine.MAIN.value());
            insert.setBytes(3, serialized(OLD_CALL.plusSeconds(60)));
            insert.executeUpdate();
        }
        server.start();
        assertThat(Files.readString(server.serverLog()))
                .contains("schema was at version 1, now at version " + NEWEST + " (" + (NEWEST - 1)
                        + " migrations applied)");
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (server != null) {
            server.close();
        }
        closeDatabase();
    }

    @AfterEach
    void stopPeers() {
        peers.forEach(Sipp.SippProcess::close);
        peers.clear();
    }

    @Test
    @Order(1)
    void aRecordFromBeforeFlywayIsReadAfterTheMigration() throws Exception {
        JsonNode old = summary(OLD_CALL.minusSeconds(60), OLD_CALL.plusSeconds(60));
        assertThat(old.get("arrived").asLong()).as("%s", old).isEqualTo(1);
        assertThat(old.get("endedBeforeAQueue").asLong()).as("%s", old).isEqualTo(1);
        assertThat(old.get("inProgress").asLong()).as("%s", old).isZero();
    }

    @Test
    @Order(2)
    void callsPlacedBeforeARestartAreStillCountedAfterIt() throws Exception {
        Instant from = Instant.now();
        Sipp.SippProcess callers = call("restart", 3, 1000);
        assertThat(callers.await(Duration.ofSeconds(60))).as(callers.log()).isZero();
        JsonNode before = awaitSummary(from, s -> s.get("arrived").asLong() == 3 && s.get("inProgress").asLong() == 0);

        server.stop();
        server.start();

        JsonNode after = summary(from, from.plus(Duration.ofHours(1)));
        assertThat(after).as("the summary after the restart").isEqualTo(before);
        assertThat(after.get("interrupted").asLong()).isZero();
    }

    @Test
    @Order(3)
    void aKillDuringCallsClosesThemAsInterruptedAndLosesNothingCommitted() throws Exception {
        Instant from = Instant.now();
        Sipp.SippProcess finished = call("finished", 2, 500);
        assertThat(finished.await(Duration.ofSeconds(60))).as(finished.log()).isZero();
        awaitSummary(from, s -> s.get("arrived").asLong() == 2 && s.get("inProgress").asLong() == 0);
        call("held-in-the-ivr", 2, 120_000);
        awaitSummary(from, s -> s.get("arrived").asLong() == 4 && s.get("inProgress").asLong() == 2);

        server.kill();
        stopPeers();
        server.start();

        JsonNode after = summary(from, from.plus(Duration.ofHours(1)));
        assertThat(after.get("arrived").asLong()).as("every committed call is there: %s", after).isEqualTo(4);
        assertThat(after.get("inProgress").asLong()).as("%s", after).isZero();
        assertThat(after.get("interrupted").asLong()).as("only the calls cut off: %s", after).isEqualTo(2);
        assertThat(Files.readString(server.serverLog()))
                .contains("2 calls were in progress when the server last stopped; closed as interrupted");
    }

    @Test
    @Order(4)
    void aDatabaseNewerThanThisGovCcMakesTheDeploymentFailAndSaysWhy() throws Exception {
        server.stop();
        // With the Java migrations (version 3), as SchemaMigration finds them: Flyway refuses an applied version it
        // cannot resolve.
        Flyway.configure().dataSource(database(server)).locations("classpath:db/migration/" + vendor(),
                "classpath:org/govcc/reference/persistence/migration", "classpath:db/future/" + vendor()).load()
                .migrate();
        String recordsBefore = count("SELECT COUNT(*) FROM GOVCC_CALL_RECORD");

        String failure = server.startExpectingDeploymentFailure();
        server.stop();

        assertThat(failure).contains("newer than the newest this gov-cc knows (" + NEWEST + ")");
        assertThat(Files.readString(server.serverLog())).contains("the database's schema is at version 99");
        assertThat(count("SELECT COUNT(*) FROM GOVCC_CALL_RECORD")).as("the records are untouched")
                .isEqualTo(recordsBefore);
        assertThat(count("SELECT COUNT(*) FROM GOVCC_FROM_THE_FUTURE")).isEqualTo("0");
    }

    private String count(String sql) throws java.sql.SQLException {
        try (Connection c = database(server).getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private Sipp.SippProcess call(String name, int calls, int holdMillis) {
        Sipp.SippProcess p = Sipp.start(name(), List.of("127.0.0.1:" + sipPort(), "-sf",
                SCENARIOS.resolve("caller_short.xml").toString(), "-s", "1555", "-i", "127.0.0.1",
                "-p", String.valueOf(Ports.free()), "-mp", String.valueOf(Ports.freeMediaBlock()),
                "-m", String.valueOf(calls), "-d", String.valueOf(holdMillis), "-timeout", "150s"));
        peers.add(p);
        return p;
    }

    private JsonNode awaitSummary(Instant from, java.util.function.Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        boolean held = Eventually.holds(() -> {
            try {
                last[0] = summary(from, from.plus(Duration.ofHours(1)));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return condition.test(last[0]);
        }, WAIT);
        assertThat(held).as("call records: %s", last[0]).isTrue();
        return last[0];
    }

    private JsonNode summary(Instant from, Instant to) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "api/calls/summary?from=" + from + "&to=" + to)).timeout(Duration.ofSeconds(10))
                .header("Authorization", Staff.in(server.dataDir(), Staff.SUPERVISOR).authorization()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return new ObjectMapper().readTree(r.body());
    }

    private static byte[] serialized(Instant at) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(at);
        }
        return bytes.toByteArray();
    }

    private static int newestSchema() {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("target", "classes", "db",
                "migration", "h2"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V[0-9]+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the migrations are not built under target/classes", e);
        }
    }
}
