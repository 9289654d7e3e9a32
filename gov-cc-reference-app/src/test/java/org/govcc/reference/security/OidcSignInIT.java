package org.govcc.reference.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.govcc.reference.testing.KeycloakServer;
import org.govcc.reference.testing.OwnServers;
import org.govcc.reference.testing.PostgresCluster;
import org.govcc.reference.testing.WildFlyServer;
import org.govcc.reference.web.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Sign-in through an OpenID Connect provider: a Keycloak of the test's own (realm {@code gov-cc} from
 * {@code src/test/resources/oidc/gov-cc-realm.json}) and a WildFly of its own whose configuration got the secure
 * deployment of {@code scripts/wildfly/govcc-oidc.sh} (which runs {@code govcc-oidc.cli} offline, the client's secret
 * encrypted) before the server starts, as a ministry would run it. The WAR is the build's, unchanged.
 *
 * <p>The provider is named {@code localhost} and the line {@code 127.0.0.1}: two sites to the browser, as a
 * ministry's provider and its line are, so the redirect back from the provider is a cross-site one.
 */
@OwnServers
class OidcSignInIT {

    private static final String REALM = "gov-cc";
    private static final String CLIENT = "gov-cc";
    private static final String SECRET = "test-only-client-secret";
    private static final String AGENT = "agent01";
    private static final String AGENT_PASSWORD = "agent01-test-password";
    private static final String SUPERVISOR = "supervisor01";
    private static final String SUPERVISOR_PASSWORD = "supervisor01-test-password";
    // The ports given to this test: WildFly's offset 480 (HTTP 8560, the realm's redirect URI), Keycloak at 8569.
    private static final int PORT_OFFSET = 480;
    private static final int KEYCLOAK_PORT = 8569;
    private static final int KEYCLOAK_MANAGEMENT_PORT = 10479;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static KeycloakServer keycloak;
    private static WildFlyServer server;

    @BeforeAll
    static void startKeycloakAndTheLine() throws Exception {
        keycloak = new KeycloakServer(Path.of("src/test/resources/oidc/gov-cc-realm.json"), REALM, "localhost",
                KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT, Duration.ofMinutes(3));
        // Keycloak's first start after unpacking builds its server (some 40 s here): the line starts meanwhile,
        // since WildFly asks the provider for its metadata only when a request needs it.
        keycloak.launch();
        server = WildFlyServer.builder("oidc-sign-in", PORT_OFFSET)
                .systemProperty("govcc.sip.port", "55200")
                .systemProperty("govcc.rtp.ports", "55202-55298")
                .build();
        PostgresCluster.runWith("GOVCC_OIDC_CLIENT_SECRET=" + SECRET,
                Path.of("..", "scripts", "wildfly", "govcc-oidc.sh").toAbsolutePath().normalize().toString(),
                "--provider-url", keycloak.issuer(), "--client-id", CLIENT,
                "--jboss-home", server.home().toString(), "--base-dir", server.baseDir().toString());
        server.start();
        keycloak.awaitReady();
    }

    @AfterAll
    static void stopThem() {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (keycloak != null) {
                keycloak.close();
            }
        }
    }

    @Test
    void aBearerTokenSignsInTheTokensUserWithTheRealmsRoles() throws Exception {
        HttpResponse<String> agent = get("api/session", token(AGENT, AGENT_PASSWORD));
        assertThat(agent.statusCode()).as(agent.body()).isEqualTo(200);
        JsonNode session = new ObjectMapper().readTree(agent.body());
        assertThat(session.get("user").asText()).isEqualTo(AGENT);
        assertThat(session.get("roles")).extracting(JsonNode::asText).containsExactly(Roles.AGENT);
        assertThat(session.get("agent").get("id").asText()).as("preferred_username is the roster's agent id")
                .isEqualTo(AGENT);

        HttpResponse<String> supervisor = get("api/session", token(SUPERVISOR, SUPERVISOR_PASSWORD));
        assertThat(supervisor.statusCode()).as(supervisor.body()).isEqualTo(200);
        JsonNode supervisorSession = new ObjectMapper().readTree(supervisor.body());
        assertThat(supervisorSession.get("user").asText()).isEqualTo(SUPERVISOR);
        assertThat(supervisorSession.get("roles")).extracting(JsonNode::asText).containsExactly(Roles.SUPERVISOR);
        assertThat(supervisorSession.path("agent").isMissingNode() || supervisorSession.get("agent").isNull())
                .as("a supervisor is no agent of the roster").isTrue();
    }

    @Test
    void theWallboardNeedsTheSupervisorRoleFromTheProvider() throws Exception {
        HttpResponse<String> agent = get("api/wallboard", token(AGENT, AGENT_PASSWORD));
        assertThat(agent.statusCode()).as(agent.body()).isEqualTo(403);
        assertThat(agent.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        HttpResponse<String> supervisor = get("api/wallboard", token(SUPERVISOR, SUPERVISOR_PASSWORD));
        assertThat(supervisor.statusCode()).as(supervisor.body()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(supervisor.body()).has("queues")).isTrue();
    }

    @Test
    void withoutAValidTokenTheApiAnswers401() throws Exception {
        HttpResponse<String> anonymous = get("api/wallboard", null);
        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        // A token whose signature is not the provider's: one character in the middle of the signature changed (not
        // the last, whose low bits are only base64url padding).
        String token = token(SUPERVISOR, SUPERVISOR_PASSWORD);
        int at = token.lastIndexOf('.') + 20;
        String forged = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
        HttpResponse<String> refused = get("api/wallboard", forged);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
    }

    @Test
    void theWallboardSendsTheBrowserToTheProvidersSignInPageAndBack() {
        try (Browser browser = Browser.start()) {
            browser.open(server.baseUrl() + "wallboard.html");
            browser.until("the provider's sign-in page", d -> d.getCurrentUrl().startsWith(
                    keycloak.issuer() + "/protocol/openid-connect/auth") ? Boolean.TRUE : null);
            browser.type(By.id("username"), SUPERVISOR);
            browser.type(By.id("password"), SUPERVISOR_PASSWORD);
            browser.press(Keys.ENTER);
            browser.until("the wallboard again", d -> d.getCurrentUrl().startsWith(server.baseUrl() + "wallboard.html")
                    ? Boolean.TRUE : null);
            // A session cookie the browser withheld on the way back (SameSite=Strict) would loop through the
            // provider until Chromium gives up (ERR_TOO_MANY_REDIRECTS) instead of drawing the wallboard.
            browser.visible(By.id("queues"));
            browser.until("the wallboard's agents", d -> d.findElements(By.cssSelector("#agents tr")).isEmpty()
                    ? null : Boolean.TRUE);
            List<String> errors = new ArrayList<>();
            for (String line : browser.console()) {
                if (line.contains("SEVERE")) {
                    errors.add(line);
                }
            }
            assertThat(errors).as("the page's console").isEmpty();
        }
    }

    private static String token(String user, String password) {
        return keycloak.passwordGrant(CLIENT, SECRET, user, password);
    }

    private static HttpResponse<String> get(String path, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl()).resolve(path))
                .timeout(Duration.ofSeconds(10)).header("Accept", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
