package org.govcc.reference.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.govcc.reference.testing.ReferenceServer;
import org.govcc.reference.testing.ReferenceWar;
import org.govcc.reference.testing.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in and roles on the deployed WAR: every protected resource answers an anonymous request with 401 and a
 * signed-in one without the role with 403 (both problem+json), pages open the sign-in form, the form signs in and
 * out, and every response carries the security headers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessIT {

    /** Each protected resource with a role that may read it and one that may not. */
    private record Guarded(String path, String allowed, String refused) {
    }

    private static final List<Guarded> GUARDED = List.of(
            new Guarded("api/wallboard", Staff.SUPERVISOR, "agent01"),
            new Guarded("api/calls/summary", Staff.ADMINISTRATOR, "agent13"),
            new Guarded("api/reports/days", Staff.SUPERVISOR, "agent01"),
            new Guarded("metrics", Staff.ADMINISTRATOR, Staff.SUPERVISOR),
            new Guarded("api/audit/verification", Staff.ADMINISTRATOR, "agent01"),
            new Guarded("api/audit/entries", Staff.ADMINISTRATOR, "agent13"));

    /** The WAR the build made, deployed as it is (testable = false: nothing of Arquillian's is added to it). */
    @Deployment(testable = false)
    static WebArchive war() {
        return ReferenceWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anAnonymousRequestGets401WithABasicChallengeAsProblemJson() throws Exception {
        for (Guarded g : GUARDED) {
            HttpResponse<String> r = send(request(g.path()));
            assertThat(r.statusCode()).as(g.path()).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).as(g.path()).contains("Basic realm=\"gov-cc\"");
            assertThat(r.headers().firstValue("Content-Type")).as(g.path()).contains("application/problem+json");
            assertThat(r.body()).as(g.path()).contains("\"status\":401").contains("sign in");
        }
        HttpResponse<String> session = send(request("api/session"));
        assertThat(session.statusCode()).isEqualTo(401);
    }

    @Test
    void theDesktopsOwnScriptsGetAChallengeNoBrowserPromptsFor() throws Exception {
        HttpResponse<String> r = send(request("api/session").header("X-Requested-With", "fetch"));

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).contains("Session realm=\"gov-cc\"");
    }

    @Test
    void aSignedInUserWithoutTheRoleGets403AndOneWithItTheResource() throws Exception {
        for (Guarded g : GUARDED) {
            HttpResponse<String> refused = send(request(g.path()).header("Authorization", staff(g.refused())));
            assertThat(refused.statusCode()).as(g.path() + " as " + g.refused()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");

            HttpResponse<String> allowed = send(request(g.path()).header("Authorization", staff(g.allowed())));
            assertThat(allowed.statusCode()).as(g.path() + " as " + g.allowed()).isEqualTo(200);
        }
    }

    @Test
    void theAuditTrailIsAnAdministratorsOnlyNotASupervisorsNorAComplaintOfficers() throws Exception {
        for (String path : List.of("api/audit/verification", "api/audit/entries")) {
            for (String user : List.of("agent01", Staff.SUPERVISOR, "agent13")) {
                assertThat(send(request(path).header("Authorization", staff(user))).statusCode())
                        .as(path + " as " + user).isEqualTo(403);
            }
        }
        HttpResponse<String> verified = send(request("api/audit/verification").header("Authorization",
                staff(Staff.ADMINISTRATOR)));
        assertThat(verified.body()).contains("\"intact\":true");
    }

    @Test
    void aWrongPasswordIsAnonymous() throws Exception {
        Staff supervisor = ReferenceServer.staff(Staff.SUPERVISOR);
        Staff wrong = new Staff(supervisor.user(), supervisor.password() + "x");

        assertThat(send(request("api/wallboard").header("Authorization", wrong.authorization())).statusCode())
                .isEqualTo(401);
    }

    @Test
    void theLineStatusIsPublicAndTheSessionSaysWhoIsSignedIn() throws Exception {
        assertThat(send(request("api/lines")).statusCode()).isEqualTo(200);

        HttpResponse<String> agent = send(request("api/session").header("Authorization", staff("agent13")));
        assertThat(agent.statusCode()).isEqualTo(200);
        assertThat(agent.body()).contains("\"user\":\"agent13\"").contains("\"body\":\"gsgedv\"")
                .contains("\"roles\":[\"agent\",\"complaint-officer\"]");
        HttpResponse<String> admin = send(request("api/session").header("Authorization", staff(Staff.ADMINISTRATOR)));
        assertThat(admin.body()).contains("\"roles\":[\"administrator\"]").doesNotContain("\"agent\":{");
    }

    @Test
    void aPageOpensTheSignInFormAndRefusesAnotherRole() throws Exception {
        HttpResponse<String> anonymous = send(request("wallboard.html"));
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("j_security_check").contains("j_username");

        assertThat(send(request("wallboard.html").header("Authorization", staff("agent01"))).statusCode())
                .isEqualTo(403);
        HttpResponse<String> supervisor = send(request("wallboard.html").header("Authorization",
                staff(Staff.SUPERVISOR)));
        assertThat(supervisor.statusCode()).isEqualTo(200);
        assertThat(supervisor.body()).doesNotContain("j_security_check");
    }

    @Test
    void theFormSignsInWithAStrictHttpOnlySessionCookieAndSigningOutEndsIt() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        Staff supervisor = ReferenceServer.staff(Staff.SUPERVISOR);
        HttpResponse<String> form = browser.send(request("wallboard.html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Strict"));

        HttpResponse<String> wrong = browser.send(signIn(supervisor.user(), "not-it"), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("j_security_check");

        HttpResponse<String> signedIn = browser.send(signIn(supervisor.user(), supervisor.password()),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/wallboard.html"));
        HttpResponse<String> session = browser.send(request("api/session").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(session.body()).contains("\"user\":\"supervisor01\"")
                .as("the session ends after 30 idle minutes").contains("\"idleTimeoutSeconds\":1800");

        HttpResponse<String> out = browser.send(request("signout").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/signin.html"));
        assertThat(browser.send(request("api/session").build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        for (HttpRequest.Builder r : List.of(request(""), request("signin.html"), request("wallboard.html"),
                request("api/wallboard"), request("api/lines"), request("no-such-page"),
                request("metrics").header("Authorization", staff(Staff.ADMINISTRATOR)))) {
            HttpResponse<String> response = send(r);
            String what = response.uri() + " (" + response.statusCode() + ")";
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(what)
                    .contains("default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; "
                            + "form-action 'self'");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(what).contains("DENY");
        }
        assertThat(send(request("api/lines")).headers().firstValue("Cache-Control")).contains("no-store");
    }

    private HttpRequest signIn(String user, String password) {
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return request("j_security_check").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String staff(String user) {
        return ReferenceServer.staff(user).authorization();
    }
}
