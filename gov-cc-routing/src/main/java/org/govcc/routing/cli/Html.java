package org.govcc.routing.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.govcc.routing.sim.SimulationReport;
import org.govcc.routing.staffing.IntervalPlan;

/** Renders the capacity planner's self-contained HTML report (inline CSS and SVG, no scripts). Stateless. */
final class Html {

    private Html() {
    }

    static String render(PlannerOptions o, List<IntervalPlan> plan, CapacityPlanner.Day d,
                         Optional<SimulationReport> sim) {
        List<String> labels = CapacityPlanner.labels(plan);
        List<Double> agents = new ArrayList<>();
        List<Double> predicted = new ArrayList<>();
        List<Double> erlangA = new ArrayList<>();
        List<Double> blocking = new ArrayList<>();
        for (IntervalPlan p : plan) {
            agents.add((double) p.agents());
            predicted.add(100 * p.serviceLevel());
            erlangA.add(100 * p.erlangAServiceLevel());
            blocking.add(100 * p.blockingAtGivenTrunks());
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>gov-cc capacity plan</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;max-width:62em;color:#222}")
                .append("table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ccc;padding:2px 6px;")
                .append("text-align:right}th{background:#eee}.warn{background:#fff3cd;border:2px solid #c00;")
                .append("padding:1em;font-size:1.1em}svg{display:block;margin:1.5em 0}\n</style>\n</head>\n<body>\n");
        sb.append("<h1>Capacity plan</h1>\n<p>").append(Svg.esc(String.format(Locale.ROOT,
                "%d calls from %s to %s (%s profile), %d s average handling time including wrap-up, target %.0f%% "
                        + "answered within %d s, mean caller patience %d s (Erlang A), %d lines.",
                o.calls(), o.open(), o.close(), o.profile(), o.handleTime().toSeconds(), 100 * o.serviceLevel(),
                o.threshold().toSeconds(), o.patience().toSeconds(), o.trunks()))).append("</p>\n");
        sb.append("<p class=\"warn\"><strong>").append(Svg.esc(CapacityPlanner.trunkStatement(o, d)))
                .append("</strong></p>\n");
        sb.append("<p>").append(Svg.esc(String.format(Locale.ROOT,
                "Day average: %.1f erlangs, %d agents for the target (Erlang C). Busiest interval: %.1f erlangs, "
                        + "%d agents. %.0f agent-hours planned (logged in and taking calls; add breaks, training "
                        + "and absence on top).", d.averageErlangs(), d.averageAgents(), d.peakErlangs(),
                d.peakAgents(), d.agentHours()))).append("</p>\n");
        sb.append(Svg.bars("Agents needed per interval (Erlang C)", labels,
                new Svg.Series("agents", agents, "#2b6cb0"), "", null, null));
        List<Svg.Series> sl = new ArrayList<>();
        sl.add(new Svg.Series("predicted (Erlang C)", predicted, "#2b6cb0"));
        sl.add(new Svg.Series("Erlang A (with patience)", erlangA, "#9f7aea"));
        sim.ifPresent(s -> {
            List<Double> simulated = new ArrayList<>();
            for (SimulationReport.Interval i : s.intervals()) {
                simulated.add(100 * i.serviceLevel());
            }
            sl.add(new Svg.Series("simulated (real distributor)", simulated, "#dd6b20"));
        });
        sb.append(Svg.lines("Service level per interval: predicted vs simulated", labels, sl, "%", 100.0,
                100 * o.serviceLevel(), "target"));
        sb.append(Svg.bars("Trunk blocking with " + o.trunks() + " lines (Erlang B)", labels,
                new Svg.Series("blocked calls", blocking, "#c53030"), "%", 100 * o.blocking(),
                "target " + Svg.fmt(100 * o.blocking()) + "%"));
        sim.ifPresent(s -> sb.append("<h2>Simulation</h2>\n<p>").append(Svg.esc(s.summary())).append("</p>\n<p>")
                .append(Svg.esc("One simulated day on the real call distributor (one pooled queue, Poisson "
                        + "arrivals per interval, exponential handling, callers who wait, agents logging in and out "
                        + "at interval boundaries). At 90-95% occupancy one day is a small sample: from seed to seed "
                        + "the day's service level moves by several points either side of the prediction (try "
                        + "--seed), and a half-hour holds only a few hundred calls. Over 200 simulated hours at "
                        + "the day's average load the distributor lands within half a point of Erlang C."))
                .append("</p>\n"));
        sb.append("<h2>Per interval</h2>\n<table>\n<tr><th>start</th><th>calls</th><th>erlangs</th><th>agents</th>")
                .append("<th>SL (C)</th><th>ASA s</th><th>occupancy</th><th>SL (A)</th><th>abandon (A)</th>")
                .append("<th>trunks for ").append(Svg.fmt(100 * o.blocking())).append("%</th><th>blocking at ")
                .append(o.trunks()).append("</th>");
        if (sim.isPresent()) {
            sb.append("<th>simulated SL</th>");
        }
        sb.append("</tr>\n");
        for (int i = 0; i < plan.size(); i++) {
            IntervalPlan p = plan.get(i);
            sb.append(String.format(Locale.ROOT,
                    "<tr><td>%s</td><td>%.0f</td><td>%.1f</td><td>%d</td><td>%.1f%%</td><td>%.1f</td><td>%.1f%%</td>"
                            + "<td>%.1f%%</td><td>%.1f%%</td><td>%d</td><td>%.1f%%</td>",
                    p.start(), p.calls(), p.erlangs(), p.agents(), 100 * p.serviceLevel(),
                    p.averageSpeedOfAnswerSeconds(), 100 * p.occupancy(), 100 * p.erlangAServiceLevel(),
                    100 * p.erlangAAbandon(), p.trunks(), 100 * p.blockingAtGivenTrunks()));
            if (sim.isPresent()) {
                sb.append(String.format(Locale.ROOT, "<td>%.1f%%</td>",
                        100 * sim.get().intervals().get(i).serviceLevel()));
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n<h2>Method</h2>\n<ul>\n")
                .append("<li>Agents: Erlang C, the fewest agents whose share answered within the threshold reaches ")
                .append("the target; Erlang A shown beside it with exponential patience.</li>\n")
                .append("<li>Lines: Erlang B on the traffic that holds a line (IVR, wait and talk; by default the ")
                .append("handling time). Calls beyond the lines hear busy.</li>\n")
                .append("<li>Simulation: the gov-cc call distributor itself, driven by a discrete-event simulator ")
                .append("with a manual clock.</li>\n</ul>\n</body>\n</html>\n");
        return sb.toString();
    }
}
