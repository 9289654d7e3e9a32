package org.govcc.reference.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.call.Language;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.TopicId;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.config.ReportSettings;
import org.govcc.routing.QueueConfig;

/**
 * Makes a report from the database's groups ({@link JpaReports}) and the line's configuration: the queue-to-topic,
 * topic-to-body and agent-to-body maps, the queues' thresholds and the names. What it adds up are the groups the
 * database summed (a few per bucket), never records. Stateless apart from its inputs; not thread-safe (the
 * {@link JpaReports} is not).
 */
public final class ReportMaker {

    /** The group of calls of no configured line or queue (a record written before the configuration changed). */
    static final String OTHER = "other";

    private final LineConfiguration line;
    private final JpaReports queries;

    /** Creates a maker for {@code line}'s reports over {@code queries}. */
    public ReportMaker(LineConfiguration line, JpaReports queries) {
        this.line = Require.nonNull(line, "line");
        this.queries = Require.nonNull(queries, "queries");
    }

    /** Returns the selection {@code request} stands for: its queues, agents and the queues' thresholds. */
    public ReportSelection selection(ReportRequest request) {
        Set<QueueId> queues = request.topic().map(t -> Set.of(line.queueFor(t)))
                .or(() -> request.body().map(b -> line.topicsOf(b).stream().map(line::queueFor)
                        .collect(Collectors.toSet())))
                .orElse(Set.of());
        Set<AgentId> agents = request.body().map(b -> line.roster().stream()
                .filter(a -> a.organisation().equals(b)).map(AgentProfile::id).collect(Collectors.toSet()))
                .orElse(Set.of());
        Map<QueueId, Duration> level = new HashMap<>();
        Map<QueueId, Duration> shortAbandon = new HashMap<>();
        for (QueueConfig q : line.distributor().queues()) {
            level.put(q.id(), q.serviceLevelThreshold());
            shortAbandon.put(q.id(), q.shortAbandonThreshold());
        }
        QueueConfig defaults = QueueConfig.builder("defaults").build();
        return new ReportSelection(request.period(), request.line(), queues, agents, level, shortAbandon,
                defaults.serviceLevelThreshold(), defaults.shortAbandonThreshold());
    }

    /** Returns the report {@code request} asks for, agents' last states lasting until {@code now}. */
    public ReportView make(ReportRequest request, Instant now) {
        Require.nonNull(request, "request");
        Require.nonNull(now, "now");
        ReportSelection selection = selection(request);
        ReportPeriod period = request.period();
        List<ReportPeriod.Bucket> buckets = period.buckets();
        List<JpaReports.Group> groups = queries.calls(selection);
        Map<String, long[][]> agentTime = agentTime(selection, now, buckets.size());
        long[][] time = new long[buckets.size()][2];
        Map<String, long[]> bodyTime = new HashMap<>();
        agentTime.forEach((body, t) -> {
            long[] sum = bodyTime.computeIfAbsent(body, b -> new long[2]);
            for (int i = 0; i < t.length; i++) {
                time[i][0] += t[i][0];
                time[i][1] += t[i][1];
                sum[0] += t[i][0];
                sum[1] += t[i][1];
            }
        });
        ReportSettings settings = line.reports();

        Tally[] perBucket = new Tally[buckets.size()];
        java.util.Arrays.fill(perBucket, Tally.ZERO);
        for (JpaReports.Group g : groups) {
            perBucket[g.bucket()] = perBucket[g.bucket()].plus(g.tally());
        }
        List<ReportView.Row> rows = new ArrayList<>();
        Tally total = Tally.ZERO;
        boolean monthly = period.granularity() == Granularity.MONTH;
        for (int i = 0; i < buckets.size(); i++) {
            Tally t = perBucket[i].withAgentTime(time[i][0], time[i][1]);
            total = total.plus(t);
            ReportPeriod.Bucket b = buckets.get(i);
            int index = i;
            rows.add(new ReportView.Row(b.label(), b.start().atZone(period.zone()).toOffsetDateTime().toString(),
                    b.end().atZone(period.zone()).toOffsetDateTime().toString(), Measures.of(t, settings.formula()),
                    monthly ? Math.round(1000.0 * (t.answered() + t.callbacksCompleted())
                            / settings.monthlyAnsweredTarget()) / 10.0 : null,
                    request.by().map(by -> views(by, groups.stream().filter(g -> g.bucket() == index).toList(),
                            Map.of())).orElse(null)));
        }
        return new ReportView(period.granularity().code(), monthly ? period.first().toString().substring(0, 7)
                : period.first().toString(), monthly ? period.last().toString().substring(0, 7)
                : period.last().toString(), period.zone().getId(), request.line().map(l -> l.value()).orElse(null),
                request.topic().map(TopicId::value).orElse(null), request.body().map(b -> b.value()).orElse(null),
                settings.formula().code(), settings.serviceLevelTargetPercent(), rows,
                views(ReportRequest.Breakdown.TOPIC, groups, Map.of()),
                views(ReportRequest.Breakdown.BODY, groups, bodyTime),
                views(ReportRequest.Breakdown.LINE, groups, Map.of()), Measures.of(total, settings.formula()),
                monthly ? settings.monthlyAnsweredTarget() : null);
    }

    /** The selected agents' {busy, staffed} time per bucket, per body, summed from the database's finer grid. */
    private Map<String, long[][]> agentTime(ReportSelection selection, Instant now, int buckets) {
        ReportPeriod period = selection.period();
        ReportPeriod grid = period.occupancyGrid();
        Map<String, String> bodyOf = new HashMap<>();
        line.roster().forEach(a -> bodyOf.put(a.id().value(), a.organisation().value()));
        List<ReportPeriod.Bucket> steps = grid.buckets();
        Map<String, long[][]> time = new HashMap<>();
        queries.agentTime(selection, grid, bodyOf, OTHER, now).forEach((body, fine) -> {
            long[][] t = new long[buckets][2];
            for (int k = 0; k < fine.length; k++) {
                int i = period.indexOf(steps.get(k).start());
                t[i][0] += fine[k][0];
                t[i][1] += fine[k][1];
            }
            time.put(body, t);
        });
        return time;
    }

    /** The groups summed per topic, body or line: every configured one in order, then any other seen. */
    private List<ReportView.Group> views(ReportRequest.Breakdown by, List<JpaReports.Group> groups,
                                         Map<String, long[]> agentTime) {
        Map<String, Map<String, String>> known = new LinkedHashMap<>();
        Map<String, String> keyOfQueue = new HashMap<>();
        switch (by) {
            case TOPIC -> line.topics().forEach(t -> {
                known.put(t.id().value(), names(t.names()));
                keyOfQueue.put(line.queueFor(t.id()).value(), t.id().value());
            });
            case BODY -> {
                line.bodies().forEach(b -> known.put(b.id().value(), names(b.names())));
                line.topics().forEach(t -> keyOfQueue.put(line.queueFor(t.id()).value(),
                        line.topicBodies().get(t.id()).value()));
            }
            default -> line.lines().forEach(l -> known.put(l.id().value(), names(l.names())));
        }
        Map<String, Tally> sums = new LinkedHashMap<>();
        known.keySet().forEach(k -> sums.put(k, Tally.ZERO));
        for (JpaReports.Group g : groups) {
            String key = by == ReportRequest.Breakdown.LINE ? g.line() : keyOfQueue.get(g.queue());
            sums.merge(key == null || !known.containsKey(key) ? OTHER : key, g.tally(), Tally::plus);
        }
        agentTime.forEach((key, t) -> sums.merge(known.containsKey(key) ? key : OTHER,
                Tally.ZERO.withAgentTime(t[0], t[1]), Tally::plus));
        List<ReportView.Group> views = new ArrayList<>();
        sums.forEach((key, t) -> views.add(new ReportView.Group(key, known.getOrDefault(key, Map.of()),
                Measures.of(t, line.reports().formula()))));
        return views;
    }

    private static Map<String, String> names(Map<Language, String> names) {
        Map<String, String> byCode = new TreeMap<>();
        names.forEach((language, name) -> byCode.put(language.code(), name));
        return byCode;
    }
}
