package org.govcc.reference.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.agent.AgentState;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.agent.BreakReason;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.SkillLevel;
import org.govcc.reference.audit.AuditAction;
import org.govcc.reference.audit.AuditSubject;
import org.govcc.reference.audit.AuditTrail;
import org.govcc.reference.cdi.SipLineLifecycle;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.config.NotReadyReason;
import org.govcc.reference.desk.LineSetReasons;
import org.govcc.reference.line.ReferenceLine;
import org.govcc.reference.rest.Problem;
import org.govcc.reference.rest.ProblemException;
import org.govcc.reference.security.Roles;
import org.govcc.routing.CallDistributor;

/**
 * What a supervisor does to an agent: make them not ready, sign them out, move them to other skills for the day, reset
 * them when they are stuck. Every act is checked first (the agent, the input, the state), then written to the audit
 * trail with who, what and why, then done: an act the trail could not take is not done. An agent with a call in hand
 * is made not ready or signed out when the call is over (as from their own desktop). Refusals are problem+json: 404
 * for an agent the roster does not know, 422 naming the field, 409 when the agent's state does not allow it.
 */
@ApplicationScoped
public class SupervisorActions {

    /** The longest "why" kept (the audit entry's reason holds it with the act). */
    static final int MAX_WHY = 500;

    @Inject
    LineConfiguration configuration;

    @Inject
    SipLineLifecycle lifecycle;

    @Inject
    AuditTrail audit;

    @Inject
    SkillMoves moves;

    @Inject
    WallboardService wallboard;

    @Inject
    Clock clock;

    /** Makes {@code agent} not ready for {@code reason} (now, or after the call in hand). */
    public String notReady(String by, String agent, String reason, String why) {
        AgentProfile a = agent(agent);
        String text = why(why);
        BreakReason code = configuration.desk().reason(reason == null ? "" : reason).map(NotReadyReason::code)
                .orElseThrow(() -> invalid("reason", "unknown reason '" + reason + "'; the line offers "
                        + configuration.desk().reasons().stream().map(r -> r.code().code()).toList()));
        AgentStatus now = status(a);
        boolean inCall = inCall(now);
        refuseUnless(now, "make not ready", AgentStatus.AVAILABLE, AgentStatus.ON_BREAK, AgentStatus.RESERVED,
                AgentStatus.TALKING, AgentStatus.WRAP_UP);
        String what = "made not ready (" + code.code() + (inCall ? ", after the call in hand" : "") + ")";
        record(by, a, what, text);
        act(what, d -> {
            if (inCall) {
                d.afterCall(a.id(), Optional.of(code));
            } else {
                d.startBreak(a.id(), code);
            }
        });
        return what;
    }

    /** Signs {@code agent} out of the line (now, or after the call in hand). */
    public String signOut(String by, String agent, String why) {
        AgentProfile a = agent(agent);
        String text = why(why);
        AgentStatus now = status(a);
        refuseUnless(now, "sign out", AgentStatus.AVAILABLE, AgentStatus.ON_BREAK, AgentStatus.RESERVED,
                AgentStatus.TALKING, AgentStatus.WRAP_UP);
        boolean inCall = inCall(now);
        String what = "signed out" + (inCall ? " after the call in hand" : "");
        record(by, a, what, text);
        act(what, d -> {
            if (inCall) {
                d.signOutAfterCall(a.id());
            } else {
                d.logOut(a.id());
            }
        });
        return what;
    }

    /** Moves {@code agent} from skill {@code from} to skill {@code to} (at the same level) until the line's midnight. */
    public String move(String by, String agent, String from, String to, String why) {
        AgentProfile a = agent(agent);
        String text = why(why);
        Map<SkillId, SkillLevel> skills = new LinkedHashMap<>(distributor().skillsOf(a.id()));
        SkillId source = new SkillId(required("from", from));
        SkillId target = new SkillId(required("to", to));
        if (!skills.containsKey(source)) {
            throw invalid("from", "agent " + agent + " has no skill '" + from + "'; they have "
                    + skills.keySet().stream().map(SkillId::value).sorted().toList());
        }
        if (!configuration.distributor().skills().contains(target)) {
            throw invalid("to", "unknown skill '" + to + "'; the line has " + configuration.distributor().skills()
                    .stream().map(SkillId::value).sorted().toList());
        }
        if (skills.containsKey(target)) {
            throw invalid("to", "agent " + agent + " already has skill '" + to + "'");
        }
        Instant until = clock.instant().atZone(configuration.distributor().zone()).toLocalDate().plusDays(1)
                .atStartOfDay(configuration.distributor().zone()).toInstant();
        skills.put(target, skills.remove(source));
        String what = "moved from skill " + source.value() + " to " + target.value() + " until " + until;
        record(by, a, what, text);
        act(what, d -> d.changeSkills(a.id(), skills));
        moves.moved(a.id(), until);
        wallboard.changed();
        return what;
    }

    /**
     * Resets a stuck agent to not ready ({@link LineSetReasons#SUPERVISOR_RESET}): a conversation the line still holds
     * is hung up, a wrap-up ended. An agent being rung is left to the ring time-out, which always ends it.
     */
    public String reset(String by, String agent, String why) {
        AgentProfile a = agent(agent);
        String text = why(why);
        AgentState state = distributor().agentState(a.id());
        refuseUnless(state.status(), "reset", AgentStatus.AVAILABLE, AgentStatus.ON_BREAK, AgentStatus.TALKING,
                AgentStatus.WRAP_UP);
        String what = "reset from " + state.status() + " to not ready";
        record(by, a, what, text);
        act(what, d -> {
            if (state instanceof AgentState.Talking t) {
                d.hangUp(t.call(), a.id());
            }
            if (d.agentState(a.id()).status() == AgentStatus.WRAP_UP) {
                d.endWrapUp(a.id(), LineSetReasons.SUPERVISOR_RESET);
            } else {
                d.startBreak(a.id(), LineSetReasons.SUPERVISOR_RESET);
            }
        });
        return what;
    }

    /** Gives back the roster's skills to every agent whose move for the day has ended. */
    void expireMoves() {
        CallDistributor line = running();
        Instant now = clock.instant();
        moves.all().forEach((agent, until) -> {
            if (!now.isBefore(until)) {
                if (line != null) {
                    configuration.roster().stream().filter(p -> p.id().equals(agent)).findFirst()
                            .ifPresent(p -> line.changeSkills(agent, p.skills()));
                }
                moves.ended(agent);
                wallboard.changed();
            }
        });
    }

    /** Appends the act to the audit trail (its own transaction: once this returns, the entry is kept). */
    void record(String by, AgentProfile agent, String what, String why) {
        audit.append(by, Roles.SUPERVISOR, AuditAction.CHANGE, AuditSubject.of("agent", agent.id().value()),
                "supervisor " + what + "; why: " + why);
    }

    private interface Command {
        void on(CallDistributor distributor);
    }

    private void act(String what, Command command) {
        try {
            command.on(distributor());
        } catch (IllegalStateException lostRace) {
            // The state changed between the check and the act (the agent acted too): audited, not done.
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "not " + what + ": "
                    + lostRace.getMessage()));
        }
    }

    private AgentProfile agent(String id) {
        return configuration.roster().stream().filter(p -> p.id().value().equals(id)).findFirst()
                .orElseThrow(() -> new ProblemException(Problem.about(Response.Status.NOT_FOUND, "agent",
                        "no agent '" + id + "' in the line's roster")));
    }

    private static String why(String why) {
        String text = required("why", why).strip();
        if (text.length() > MAX_WHY) {
            throw invalid("why", "why must be at most " + MAX_WHY + " characters, but was " + text.length());
        }
        return text;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(field, field + " is required");
        }
        return value;
    }

    private static ProblemException invalid(String field, String detail) {
        // 422 has no constant in Response.Status.
        return new ProblemException(new Problem("about:blank", "Unprocessable Content", 422, detail, field));
    }

    private static void refuseUnless(AgentStatus now, String what, AgentStatus... allowed) {
        if (!List.of(allowed).contains(now)) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "cannot " + what + " an agent who is "
                    + now + " (allowed from " + List.of(allowed) + ")"));
        }
    }

    private static boolean inCall(AgentStatus s) {
        return s == AgentStatus.RESERVED || s == AgentStatus.TALKING || s == AgentStatus.WRAP_UP;
    }

    private AgentStatus status(AgentProfile a) {
        return distributor().agentState(a.id()).status();
    }

    private CallDistributor distributor() {
        CallDistributor d = running();
        if (d == null) {
            throw new ProblemException(Problem.of(Response.Status.SERVICE_UNAVAILABLE, "the line is not running"));
        }
        return d;
    }

    /** The running line's distributor, or null while the line is not running (a test gives its own). */
    CallDistributor running() {
        ReferenceLine line = lifecycle.line();
        return line == null ? null : line.distributor();
    }
}
