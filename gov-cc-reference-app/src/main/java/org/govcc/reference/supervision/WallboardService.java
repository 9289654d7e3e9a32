package org.govcc.reference.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.agent.AgentState;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.agent.BreakReason;
import org.govcc.api.call.Language;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.event.CallCentreListener;
import org.govcc.api.routing.QueueId;
import org.govcc.reference.cdi.SipLineLifecycle;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.config.ServiceLevelFormula;
import org.govcc.reference.desk.LineSetReasons;
import org.govcc.reference.line.ReferenceLine;
import org.govcc.reference.urgent.UrgentCalls;
import org.govcc.routing.CallDistributor;
import org.govcc.routing.QueueSnapshot;
import org.govcc.routing.StatisticsSnapshot;

/**
 * The live wallboard's state: a listener of the line's events for today's figures and each agent's time in state,
 * the alerts raised from the {@link AlertRules}, and the {@link LiveBoard} built from them with the distributor's
 * live statistics. The events come on the line's threads under the distributor's lock: {@link #onEvent} only counts
 * and tells the stream, and nothing here calls the distributor while holding its own lock.
 */
@ApplicationScoped
public class WallboardService implements CallCentreListener {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Map<AgentId, Instant> since = new ConcurrentHashMap<>();
    private final AlertBoard alerts = new AlertBoard();
    private DayTally tally;
    private AlertRules rules;
    private volatile Runnable onChange = () -> { };
    private volatile boolean databaseUp = true;

    @Inject
    LineConfiguration configuration;

    @Inject
    SipLineLifecycle lifecycle;

    @Inject
    Clock clock;

    @Inject
    SkillMoves moves;

    @Inject
    UrgentCalls urgent;

    /** Sets what runs after every change (the stream's coalesced push). */
    void onChange(Runnable push) {
        onChange = push;
    }

    @Override
    public void onEvent(CallCentreEvent event) {
        if (event instanceof CallCentreEvent.AgentStateChanged e) {
            since.put(e.agent(), e.at());
        }
        synchronized (this) {
            tally().onEvent(event);
        }
        onChange.run();
    }

    /** Says whether the database answered the last check. */
    void databaseChecked(boolean up) {
        databaseUp = up;
    }

    /**
     * Evaluates the alert rules now: new conditions raise alerts, ended ones clear.
     *
     * @return whether the alerts on the board changed
     */
    boolean evaluateAlerts() {
        Map<String, AlertCondition> holding = new LinkedHashMap<>();
        // The urgent calls first: someone keyed a duress code.
        urgent.open().forEach(u -> {
            AlertCondition c = new AlertCondition(AlertKind.URGENT_CALL, u.call().value(), u.at(), 0);
            holding.put(c.id(), c);
        });
        holding.putAll(rules().evaluate(lineNow()));
        boolean changed = alerts.update(holding);
        if (changed) {
            onChange.run();
        }
        return changed;
    }

    /**
     * Acknowledges alert {@code id} for {@code user}: it leaves the board until its condition ends.
     *
     * @return the alert, or empty if none of that id is raised now
     */
    Optional<AlertCondition> acknowledge(String id, String user) {
        Optional<AlertBoard.Raised> was = alerts.acknowledge(id, user, clock.instant());
        was.ifPresent(r -> onChange.run());
        return was.map(AlertBoard.Raised::condition);
    }

    /** The alerts on the board now. */
    List<AlertCondition> alerts() {
        return alerts.shown();
    }

    /** Tells the stream something changed that no event of the line says (a supervisor's move of skills). */
    void changed() {
        onChange.run();
    }

    /** Returns the wallboard now. */
    public LiveBoard board() {
        ReferenceLine line = lifecycle.line();
        Instant now = clock.instant();
        ServiceLevelFormula formula = configuration.reports().formula();
        int target = configuration.reports().serviceLevelTargetPercent();
        List<LiveBoard.Agent> agents = agents(line);
        Map<String, Integer> byStatus = new TreeMap<>();
        // Every status, none left out at zero, as the line's statistics report them.
        for (AgentStatus status : AgentStatus.values()) {
            byStatus.put(status.name(), 0);
        }
        agents.forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
        List<LiveBoard.Alert> shown = alerts.shown().stream().map(c -> new LiveBoard.Alert(c.id(), c.kind().name(),
                c.subject(), c.since().toString(), c.limitSeconds())).toList();
        List<LiveBoard.Coded> reasons = configuration.desk().reasons().stream()
                .map(r -> new LiveBoard.Coded(r.code().code(), names(r.names()))).toList();
        if (line == null) {
            return new LiveBoard(now.toString(), false, target, List.of(), null, agents, byStatus, List.of(), shown,
                    reasons);
        }
        StatisticsSnapshot s = line.distributor().statistics();
        Map<QueueId, Map<String, String>> names = new LinkedHashMap<>();
        configuration.topics().forEach(t -> names.put(configuration.queueFor(t.id()), names(t.names())));
        List<LiveBoard.Queue> queues = new ArrayList<>();
        DayTally.Figures[] total = new DayTally.Figures[1];
        List<LiveBoard.Interval> intervals = new ArrayList<>();
        synchronized (this) {
            for (QueueSnapshot q : s.queues()) {
                QueueId id = new QueueId(q.queue());
                queues.add(queue(q, names.getOrDefault(id, Map.of()), tally().queue(id, now), formula, target,
                        configuration.wallboard().complaintQueues().contains(id)));
            }
            List<DayTally.Figures> slots = tally().intervals(now);
            for (int i = 0; i < slots.size(); i++) {
                DayTally.Figures f = slots.get(i);
                intervals.add(new LiveBoard.Interval(DayTally.start(i).format(HH_MM), f.offered(), f.answered(),
                        percent(f.serviceLevel(formula))));
            }
            total[0] = sum(s.queues().stream().map(q -> tally().queue(new QueueId(q.queue()), now)).toList());
        }
        return new LiveBoard(s.at().toString(), true, target, queues, queue(s.total(), Map.of(), total[0], formula,
                target, false), agents, byStatus, intervals, shown, reasons);
    }

    private List<LiveBoard.Agent> agents(ReferenceLine line) {
        List<LiveBoard.Agent> out = new ArrayList<>();
        CallDistributor d = line == null ? null : line.distributor();
        Map<AgentId, Map<String, Integer>> skills = new LinkedHashMap<>();
        for (AgentProfile p : configuration.roster()) {
            AgentState state = d == null ? AgentState.loggedOut() : d.agentState(p.id());
            LiveBoard.Coded reason = state instanceof AgentState.OnBreak b ? coded(b.reason()) : null;
            Map<String, Integer> now = new TreeMap<>();
            (d == null ? p.skills() : d.skillsOf(p.id())).forEach((k, v) -> now.put(k.value(), v.value()));
            skills.put(p.id(), now);
            out.add(new LiveBoard.Agent(p.id().value(), p.displayName(), state.status().name(),
                    Optional.ofNullable(since.get(p.id())).map(Instant::toString).orElse(null), reason, now,
                    moves.until(p.id()).map(Instant::toString).orElse(null)));
        }
        return out;
    }

    private AlertRules.LineNow lineNow() {
        ReferenceLine line = lifecycle.line();
        Instant now = clock.instant();
        if (line == null) {
            return new AlertRules.LineNow(now, List.of(), List.of(), false, databaseUp);
        }
        StatisticsSnapshot s = line.distributor().statistics();
        ServiceLevelFormula formula = configuration.reports().formula();
        List<AlertRules.QueueNow> queues = new ArrayList<>();
        Map<QueueId, Duration> thresholds = new LinkedHashMap<>();
        configuration.distributor().queues().forEach(q -> thresholds.put(q.id(), q.serviceLevelThreshold()));
        synchronized (this) {
            for (QueueSnapshot q : s.queues()) {
                QueueId id = new QueueId(q.queue());
                DayTally.Figures f = tally().queue(id, now);
                queues.add(new AlertRules.QueueNow(id, q.waiting(), q.longestWait(),
                        thresholds.getOrDefault(id, Duration.ofSeconds(20)),
                        f.serviceLevel(formula), f.counted(formula)));
            }
        }
        List<AlertRules.AgentNow> agents = new ArrayList<>();
        for (AgentProfile p : configuration.roster()) {
            agents.add(new AlertRules.AgentNow(p.id().value(), line.distributor().agentState(p.id()).status(),
                    since.get(p.id())));
        }
        return new AlertRules.LineNow(now, queues, agents, line.sipListening(), databaseUp);
    }

    private static LiveBoard.Queue queue(QueueSnapshot q, Map<String, String> names, DayTally.Figures f,
                                         ServiceLevelFormula formula, int target, boolean confidential) {
        Double level = percent(f.serviceLevel(formula));
        return new LiveBoard.Queue(q.queue(), names, q.waiting(), q.longestWait().toSeconds(),
                q.estimatedWait().toSeconds(), f.offered(), f.answered(), f.abandoned(), f.callbacks(), level,
                level != null && level < target, q.staffed(), q.available(), confidential);
    }

    private static DayTally.Figures sum(List<DayTally.Figures> all) {
        long[] s = new long[6];
        for (DayTally.Figures f : all) {
            s[0] += f.offered();
            s[1] += f.answered();
            s[2] += f.answeredWithin();
            s[3] += f.abandoned();
            s[4] += f.abandonedWithin();
            s[5] += f.callbacks();
        }
        return new DayTally.Figures(s[0], s[1], s[2], s[3], s[4], s[5]);
    }

    private static Double percent(OptionalDouble share) {
        return share.isPresent() ? Math.round(share.getAsDouble() * 1000) / 10.0 : null;
    }

    private LiveBoard.Coded coded(BreakReason reason) {
        return configuration.desk().reason(reason.code()).map(r -> new LiveBoard.Coded(reason.code(), names(r.names())))
                .orElseGet(() -> new LiveBoard.Coded(reason.code(), LineSetReasons.names(reason)));
    }

    private synchronized DayTally tally() {
        if (tally == null) {
            tally = new DayTally(configuration.distributor().zone(), configuration.distributor().queues());
        }
        return tally;
    }

    private synchronized AlertRules rules() {
        if (rules == null) {
            rules = new AlertRules(configuration.wallboard(), configuration.reports().serviceLevelTargetPercent());
        }
        return rules;
    }

    static Map<String, String> names(Map<Language, String> names) {
        Map<String, String> byCode = new LinkedHashMap<>();
        names.forEach((language, name) -> byCode.put(language.code(), name));
        return byCode;
    }
}
