package org.govcc.routing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapacityPlannerTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CapacityPlanner.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theDefaultsPlanTheMinistryLineAndSayPlainlyThat100LinesAreAFloor() throws Exception {
        Path report = dir.resolve("plan.html");

        int status = run("--out", report.toString());

        assertThat(status).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("115.6 erlangs on average -> 124 agents");
        assertThat(text).contains("100 lines are a floor, not a target").contains("blocks 17.0% of calls with 100 lines")
                .contains("about one caller in 6 would hear busy");
        assertThat(text).contains("Simulated on the real distributor");
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("100 lines are a floor, not a target")
                .contains("Agents needed per interval").contains("predicted vs simulated")
                .contains("Trunk blocking with 100 lines");
        assertThat(html).doesNotContain("<script").doesNotContain("src=\"http");
        assertThat(html.split("<svg", -1)).hasSize(4); // three inline charts
    }

    @Test
    void aFlatProfilePlans124AgentsInEveryInterval() {
        CapacityPlanner.Result r = CapacityPlanner.plan(PlannerOptions.parse(new String[] {"--profile", "flat",
            "--no-simulate", "--out", dir.resolve("x.html").toString()}));

        assertThat(r.plan()).hasSize(24).allSatisfy(p -> assertThat(p.agents()).isEqualTo(124));
        assertThat(r.simulation()).isEmpty();
    }

    @Test
    void aLinesDayFileShapesThePlanWithItsMorningPeak() throws Exception {
        Path day = Path.of(getClass().getClassLoader().getResource("org/govcc/routing/sim/ministry-day.txt").toURI());

        CapacityPlanner.Result r = CapacityPlanner.plan(PlannerOptions.parse(new String[] {"--profile", day.toString(),
            "--no-simulate", "--out", dir.resolve("x.html").toString()}));

        assertThat(r.plan()).hasSize(24);
        assertThat(r.plan().get(4).agents()).as("10:00").isGreaterThan(r.plan().get(23).agents()).isGreaterThan(124);
    }

    @Test
    void aProfileThatIsNoFileIsRefusedNamingIt() {
        assertThat(run("--profile", dir.resolve("missing.txt").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--profile must be 'flat' or a day file");
    }

    @Test
    void aBadOptionIsRefusedNamingIt() {
        int status = run("--aht", "-5");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--aht");
    }

    @Test
    void anUnknownOptionIsRefusedNamingIt() {
        assertThat(run("--agents", "3")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option '--agents'");
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--calls N").contains("--trunks N");
    }
}
