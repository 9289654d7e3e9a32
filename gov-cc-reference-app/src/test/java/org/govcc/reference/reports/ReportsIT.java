package org.govcc.reference.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.govcc.reference.config.MinistryOfLabourLine;
import org.govcc.reference.testing.ReferenceServer;
import org.govcc.reference.testing.ReferenceWar;
import org.govcc.reference.testing.Staff;
import org.govcc.reference.testing.WarHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deployed WAR's reports: supervisors and administrators only, JSON or CSV, Athens' intervals, days and months, and
 * every parameter it cannot serve refused as problem+json naming it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsIT {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The WAR the build made, deployed as it is (testable = false: nothing of Arquillian's is added to it). */
    @Deployment(testable = false)
    static WebArchive war() {
        return ReferenceWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void onlySupervisorsAndAdministratorsGetTheReports() throws Exception {
        for (String path : List.of("api/reports/intervals", "api/reports/days", "api/reports/months")) {
            HttpResponse<String> anonymous = WarHttp.get(base, path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type")).as(path).contains("application/problem+json");
            HttpResponse<String> agent = WarHttp.get(base, path, ReferenceServer.staff("agent01"));
            assertThat(agent.statusCode()).as(path).isEqualTo(403);
            assertThat(agent.headers().firstValue("Content-Type")).as(path).contains("application/problem+json");
            assertThat(WarHttp.get(base, path, ReferenceServer.staff(Staff.SUPERVISOR)).statusCode()).as(path)
                    .isEqualTo(200);
            assertThat(WarHttp.get(base, path, ReferenceServer.staff(Staff.ADMINISTRATOR)).statusCode()).as(path)
                    .isEqualTo(200);
        }
    }

    @Test
    void todaysQuarterHoursAreRealSpansOfAthensWithEveryTopicInMenuOrder() throws Exception {
        LocalDate today = LocalDate.now(ATHENS);
        long minutes = Duration.between(today.atStartOfDay(ATHENS), today.plusDays(1).atStartOfDay(ATHENS))
                .toMinutes();

        JsonNode quarters = json("api/reports/intervals");
        JsonNode halves = json("api/reports/intervals?size=30&from=" + today + "&to=" + today);

        assertThat(quarters.get("granularity").asText()).isEqualTo("quarter-hour");
        assertThat(quarters.get("from").asText()).isEqualTo(today.toString());
        assertThat(quarters.get("rows")).hasSize((int) (minutes / 15));
        assertThat(halves.get("rows")).hasSize((int) (minutes / 30));
        assertThat(quarters.get("rows").get(0).get("start").asText()).startsWith(today + "T00:00");
        assertThat(quarters.get("topics").findValuesAsText("id")).containsExactlyElementsOf(
                MinistryOfLabourLine.configuration().topics().stream().map(t -> t.id().value()).toList());
        assertThat(quarters.get("serviceLevelFormula").asText()).isEqualTo("abandons-against");
        assertThat(quarters.findValuesAsText("caller")).as("figures only").isEmpty();
    }

    @Test
    void monthsShowTheAnsweredCallsAgainstTheMinistrysTarget() throws Exception {
        JsonNode months = json("api/reports/months?from=2026-01&to=2026-03&topic=insurance-pensions&by=topic");

        assertThat(months.get("rows").findValuesAsText("label")).containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(months.get("monthlyAnsweredTarget").asLong()).isEqualTo(351_500);
        assertThat(months.get("rows").get(0).get("targetPercent").isNumber()).isTrue();
        assertThat(months.get("rows").get(0).get("groups")).isNotEmpty();
        assertThat(months.get("topic").asText()).isEqualTo("insurance-pensions");
        assertThat(json("api/reports/days?from=2026-03-28&to=2026-03-30&body=e-efka").get("rows")
                .findValuesAsText("start")).containsExactly("2026-03-28T00:00+02:00", "2026-03-29T00:00+02:00",
                "2026-03-30T00:00+03:00");
    }

    @Test
    void csvComesWhenAskedForByAcceptOrByFormat() throws Exception {
        HttpResponse<String> accepted = send("api/reports/days?from=2026-03-01&to=2026-03-31", "text/csv");
        HttpResponse<String> asked = send("api/reports/days?from=2026-03-01&to=2026-03-31&format=csv",
                "application/json");

        for (HttpResponse<String> r : List.of(accepted, asked)) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
            assertThat(r.headers().firstValue("Content-Disposition")).get().asString()
                    .contains("govcc-day-2026-03-01-2026-03-31.csv");
            List<String> lines = r.body().lines().toList();
            assertThat(lines).hasSize(1 + 31 + 1);
            assertThat(lines.get(0)).startsWith("period,start,end,group,offered,answered,");
            assertThat(lines.get(1)).startsWith("2026-03-01,2026-03-01T00:00+02:00,2026-03-02T00:00+02:00,,");
            assertThat(lines.get(32)).startsWith("total,");
        }
        assertThat(send("api/reports/days?from=2026-03-01&to=2026-03-31", "application/json")
                .headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    }

    @Test
    void everyParameterItCannotServeIsRefusedByName() throws Exception {
        Map<String, String> refusals = Map.ofEntries(
                Map.entry("api/reports/days?from=2026-13-01", "from"),
                Map.entry("api/reports/days?from=yesterday", "from"),
                Map.entry("api/reports/days?from=2026-03-10&to=2026-03-01", "to"),
                Map.entry("api/reports/intervals?from=2026-01-01&to=2026-03-01", "to"),
                Map.entry("api/reports/days?from=2025-01-01&to=2026-03-01", "to"),
                Map.entry("api/reports/months?from=2024-01&to=2026-03", "to"),
                Map.entry("api/reports/months?from=2026-03-01", "from"),
                Map.entry("api/reports/intervals?size=20", "size"),
                Map.entry("api/reports/days?topic=pensions", "topic"),
                Map.entry("api/reports/days?line=1555", "line"),
                Map.entry("api/reports/days?body=efka", "body"),
                Map.entry("api/reports/days?topic=equality&body=e-efka", "body"),
                Map.entry("api/reports/days?by=queue", "by"),
                Map.entry("api/reports/days?format=xml", "format"));
        for (Map.Entry<String, String> r : refusals.entrySet()) {
            HttpResponse<String> response = WarHttp.get(base, r.getKey(), ReferenceServer.staff(Staff.SUPERVISOR));
            assertThat(response.statusCode()).as(r.getKey()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(r.getKey())
                    .contains("application/problem+json");
            JsonNode problem = new ObjectMapper().readTree(response.body());
            assertThat(problem.get("field").asText()).as(r.getKey()).isEqualTo(r.getValue());
            assertThat(problem.get("detail").asText()).as(r.getKey()).isNotBlank();
        }
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = WarHttp.get(base, path, ReferenceServer.staff(Staff.SUPERVISOR));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private HttpResponse<String> send(String path, String accept) throws Exception {
        URI uri = base.toURI().resolve(path);
        return HTTP.send(HttpRequest.newBuilder(uri).header("Accept", accept)
                .header("Authorization", ReferenceServer.staff(Staff.SUPERVISOR).authorization())
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
