package org.govcc.reference.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The test utility itself: a server of the test's own deploys the WAR, survives a kill -9 and starts again. */
class WildFlyServerIT {

    private static WildFlyServer server;

    @BeforeAll
    static void build() {
        server = WildFlyServer.builder("wildfly-server-it", 450)
                .systemProperty("govcc.sip.port", "55010")
                .systemProperty("govcc.rtp.ports", "36000-36098")
                .build();
    }

    @AfterAll
    static void close() {
        server.close();
    }

    @Test
    void deploysTheWarAndStartsAgainOnTheSameBaseDirectoryAfterAKillAndAStop() throws Exception {
        server.start();
        assertThat(get("api/lines")).isEqualTo(200);
        long firstPid = server.pid();

        server.kill();
        assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(server.isRunning()).isFalse();

        server.start();
        assertThat(server.pid()).isNotEqualTo(firstPid);
        assertThat(get("api/lines")).isEqualTo(200);
        server.stop();
        assertThat(server.isRunning()).isFalse();
        assertThat(Files.readString(server.serverLog())).contains("WFLYSRV0050"); // "... stopped in ..."
    }

    private static int get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode();
    }
}
