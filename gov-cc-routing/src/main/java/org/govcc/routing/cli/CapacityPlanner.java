package org.govcc.routing.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.govcc.routing.sim.DayMix;
import org.govcc.routing.sim.Scenarios;
import org.govcc.routing.sim.SimulationReport;
import org.govcc.routing.sim.Simulator;
import org.govcc.routing.staffing.ArrivalProfile;
import org.govcc.routing.staffing.ErlangB;
import org.govcc.routing.staffing.ErlangC;
import org.govcc.routing.staffing.IntervalPlan;
import org.govcc.routing.staffing.StaffingPlanner;

/**
 * The command-line capacity planner: agents (Erlang C, with Erlang A beside it) and trunks (Erlang B) per
 * interval, a simulation of the plan on the real distributor, and a self-contained HTML report with inline
 * SVG charts.
 *
 * <p>Run it from the built jar: {@code java -jar gov-cc-routing/target/gov-cc-routing-<version>-planner.jar}.
 * Not thread-safe (a command-line tool).
 *
 * @since 0.1
 */
public final class CapacityPlanner {

    private CapacityPlanner() {
    }

    /** Runs the planner and exits with its status (0 ok, 2 bad options, 1 failure). */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the planner with {@code args}, printing to {@code out} and errors to {@code err}.
     *
     * @return the exit status: 0 ok, 2 bad options, 1 the report could not be written
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                out.println(PlannerOptions.usage());
                return 0;
            }
        }
        PlannerOptions o;
        try {
            o = PlannerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(PlannerOptions.usage());
            return 2;
        }
        Result r;
        try {
            r = plan(o);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        out.print(r.text());
        try {
            Files.writeString(o.out(), r.html(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("error: cannot write " + o.out() + ": " + e.getMessage());
            return 1;
        }
        out.println("report written to " + o.out().toAbsolutePath());
        return 0;
    }

    /**
     * The planner's output.
     *
     * @param options the options used
     * @param plan the per-interval plan
     * @param simulation the simulation of the plan, if run
     * @param text the console text
     * @param html the HTML report
     */
    public record Result(PlannerOptions options, List<IntervalPlan> plan, Optional<SimulationReport> simulation,
                         String text, String html) {
    }

    /** Plans (and simulates) with {@code o}; writes nothing. */
    public static Result plan(PlannerOptions o) {
        ArrivalProfile profile = "flat".equals(o.profile())
                ? ArrivalProfile.flat(o.calls(), o.open(), o.close(), o.interval())
                : ArrivalProfile.shaped(o.calls(), o.open(), o.close(), o.interval(),
                        DayMix.read(Path.of(o.profile())).shape());
        StaffingPlanner planner = new StaffingPlanner(o.handleTime(), o.trunkHoldTime(), o.serviceLevel(),
                o.threshold(), o.patience(), o.blocking(), o.trunks());
        List<IntervalPlan> plan = planner.plan(profile);
        Optional<SimulationReport> sim = Optional.empty();
        if (o.simulate()) {
            int[] agents = plan.stream().mapToInt(IntervalPlan::agents).toArray();
            sim = Optional.of(Simulator.run(Scenarios.plannedDay(profile, agents, o.handleTime(), Optional.empty(),
                    o.seed())));
        }
        Day day = new Day(o, plan);
        return new Result(o, plan, sim, text(o, plan, day, sim), Html.render(o, plan, day, sim));
    }

    /** Figures of the whole day. */
    record Day(double averageErlangs, int averageAgents, double averageBlocking, int averageTrunks,
               double peakErlangs, int peakAgents, double peakBlocking, int peakTrunks, double agentHours) {

        Day(PlannerOptions o, List<IntervalPlan> plan) {
            this(averageErlangs(o), ErlangC.agentsFor(averageErlangs(o), o.handleTime(), o.serviceLevel(),
                    o.threshold()), ErlangB.blocking(o.trunks(), trunkErlangs(o)),
                    ErlangB.trunksFor(trunkErlangs(o), o.blocking()),
                    plan.stream().mapToDouble(IntervalPlan::erlangs).max().orElse(0),
                    plan.stream().mapToInt(IntervalPlan::agents).max().orElse(0),
                    plan.stream().mapToDouble(IntervalPlan::blockingAtGivenTrunks).max().orElse(0),
                    plan.stream().mapToInt(IntervalPlan::trunks).max().orElse(0),
                    plan.stream().mapToInt(IntervalPlan::agents).sum() * o.interval().toMinutes() / 60.0);
        }

        private static double averageErlangs(PlannerOptions o) {
            return ErlangC.traffic(o.calls(), Duration.between(o.open(), o.close()), o.handleTime());
        }

        private static double trunkErlangs(PlannerOptions o) {
            return ErlangC.traffic(o.calls(), Duration.between(o.open(), o.close()), o.trunkHoldTime());
        }
    }

    /** Returns the plain statement about the lines, in English. */
    static String trunkStatement(PlannerOptions o, Day d) {
        String floor = String.format(Locale.ROOT,
                "%d lines are a floor, not a target: at this load (%.1f erlangs on average, %.1f in the busiest "
                        + "interval) Erlang B blocks %.1f%% of calls with %d lines (%.1f%% in the busiest interval). "
                        + "%.0f%% blocking needs %d lines on average and %d in the busiest interval.",
                o.trunks(), d.averageErlangs(), d.peakErlangs(), 100 * d.averageBlocking(), o.trunks(),
                100 * d.peakBlocking(), 100 * o.blocking(), d.averageTrunks(), d.peakTrunks());
        if (d.averageBlocking() >= 0.10) {
            return floor + String.format(Locale.ROOT, " Double-digit blocking: about one caller in %d would hear busy.",
                    Math.round(1 / d.averageBlocking()));
        }
        return floor;
    }

    private static String text(PlannerOptions o, List<IntervalPlan> plan, Day d, Optional<SimulationReport> sim) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Capacity plan: %d calls %s-%s (%s profile), %d s handling, "
                        + "target %.0f%% in %d s, patience %d s, %d lines%n%n", o.calls(), o.open(), o.close(),
                o.profile(), o.handleTime().toSeconds(), 100 * o.serviceLevel(), o.threshold().toSeconds(),
                o.patience().toSeconds(), o.trunks()));
        sb.append(String.format(Locale.ROOT, "%-6s %7s %8s %7s %7s %7s %6s %8s %8s %7s %9s%n", "start", "calls",
                "erlangs", "agents", "SL(C)", "ASA s", "occ", "SL(A)", "aband(A)", "trunks", "block@" + o.trunks()));
        for (IntervalPlan p : plan) {
            sb.append(String.format(Locale.ROOT, "%-6s %7.0f %8.1f %7d %6.1f%% %7.1f %5.1f%% %7.1f%% %7.1f%% %7d %8.1f%%%n",
                    p.start(), p.calls(), p.erlangs(), p.agents(), 100 * p.serviceLevel(),
                    p.averageSpeedOfAnswerSeconds(), 100 * p.occupancy(), 100 * p.erlangAServiceLevel(),
                    100 * p.erlangAAbandon(), p.trunks(), 100 * p.blockingAtGivenTrunks()));
        }
        sb.append(String.format(Locale.ROOT, "%nDay: %.1f erlangs on average -> %d agents for the target "
                        + "(Erlang C, flat); busiest interval %.1f erlangs -> %d agents; %.0f agent-hours planned.%n",
                d.averageErlangs(), d.averageAgents(), d.peakErlangs(), d.peakAgents(), d.agentHours()));
        sb.append(trunkStatement(o, d)).append('\n');
        sim.ifPresent(s -> sb.append("Simulated on the real distributor: ").append(s.summary()).append('\n'));
        return sb.toString();
    }

    static List<String> labels(List<IntervalPlan> plan) {
        List<String> labels = new ArrayList<>();
        for (IntervalPlan p : plan) {
            labels.add(p.start().toString());
        }
        return labels;
    }
}
