package org.govcc.reference.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.agent.AgentState;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.agent.BreakReason;
import org.govcc.api.agent.Disposition;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.Language;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.event.CallCentreListener;
import org.govcc.api.routing.QueueId;
import org.govcc.reference.cdi.SipLineLifecycle;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.config.NotReadyReason;
import org.govcc.reference.config.WrapUpCode;
import org.govcc.reference.config.WrapUpRule;
import org.govcc.reference.line.ReferenceLine;
import org.govcc.routing.CallDistributor;
import org.govcc.routing.QueueConfig;

/**
 * The agents' desktop commands on the line's distributor, and what each agent's desktop shows. An agent acts only
 * as themselves: the resource passes the signed-in principal, never an id from the request. A command the state does
 * not allow is refused with {@link DeskRefusal} and changes nothing (the distributor checks the state under its
 * lock). Also a listener of the line's events, for the time each agent entered their state, the queue of each
 * offered call, what follows the call in hand, and the screen pop.
 */
@ApplicationScoped
public class DeskService implements CallCentreListener {

    /** A call offered to an agent, or its wrap-up: which call, on which queue, since when. */
    private record InWrapUp(CallId call, QueueId queue, Instant startedAt) {
    }

    private final Map<AgentId, Instant> since = new ConcurrentHashMap<>();
    /** Each agent's last offered call and its queue: one per agent, so it cannot grow with the calls. */
    private final Map<AgentId, InWrapUp> lastOffer = new ConcurrentHashMap<>();
    private final Map<AgentId, InWrapUp> wrapUps = new ConcurrentHashMap<>();
    private final Map<AgentId, DeskView.Next> planned = new ConcurrentHashMap<>();

    @Inject
    LineConfiguration configuration;

    @Inject
    SipLineLifecycle lifecycle;

    @Inject
    Clock clock;

    @Inject
    DeskStream stream;

    @Inject
    DeskCalls calls;

    /** Returns the desk of {@code user}. @throws DeskRefusal if the user is no agent of the roster */
    public DeskView view(String user) {
        return view(agent(user));
    }

    /** Signs the agent in to the line, not ready: their phone must be registered. */
    public DeskView signIn(String user) {
        AgentProfile agent = agent(user);
        if (!line().phoneRegistered(agent.id())) {
            throw new DeskRefusal(DeskRefusal.Kind.CONFLICT, null, "register your phone (" + agent.id()
                    + ") first: calls ring it");
        }
        act(agent, "sign in", d -> d.logIn(agent.id(), BreakReason.SIGNED_IN), AgentStatus.LOGGED_OUT);
        return view(agent);
    }

    /** Makes the agent ready for calls, from not ready. Ready already: nothing changes. */
    public DeskView ready(String user) {
        AgentProfile agent = agent(user);
        if (status(agent) != AgentStatus.AVAILABLE) {
            act(agent, "get ready", d -> d.endBreak(agent.id()), AgentStatus.ON_BREAK);
        }
        return view(agent);
    }

    /** Makes the agent not ready for {@code reason}, a reason of the configuration. */
    public DeskView notReady(String user, String reason) {
        AgentProfile agent = agent(user);
        BreakReason code = reason(reason);
        act(agent, "be not ready", d -> d.startBreak(agent.id(), code), AgentStatus.AVAILABLE, AgentStatus.ON_BREAK);
        return view(agent);
    }

    /**
     * Ends the agent's wrap-up, recording {@code code} (required when the queue's rule says so, and one the queue
     * offers); what the agent planned follows.
     */
    public DeskView endWrapUp(String user, String code) {
        AgentProfile agent = agent(user);
        InWrapUp wrap = wrapUps.get(agent.id());
        if (status(agent) != AgentStatus.WRAP_UP || wrap == null) {
            throw new DeskRefusal(DeskRefusal.Kind.CONFLICT, null, "no wrap-up in progress (the agent is "
                    + status(agent) + ")");
        }
        WrapUpRule rule = configuration.desk().ruleFor(wrap.queue());
        if (code == null || code.isBlank()) {
            if (rule.codeRequired()) {
                throw new DeskRefusal(DeskRefusal.Kind.INVALID, "code", "a wrap-up code is required on queue "
                        + wrap.queue() + "; it offers " + codesOn(wrap.queue()).stream().map(WrapUpCode::code)
                        .toList());
            }
        } else if (codesOn(wrap.queue()).stream().noneMatch(c -> c.code().equals(code))) {
            throw new DeskRefusal(DeskRefusal.Kind.INVALID, "code", "wrap-up code '" + code + "' is not offered on "
                    + "queue " + wrap.queue() + "; it offers " + codesOn(wrap.queue()).stream().map(WrapUpCode::code)
                    .toList());
        }
        Optional<Disposition> disposition = code == null || code.isBlank() ? Optional.empty()
                : Optional.of(new Disposition(code));
        act(agent, "end the wrap-up", d -> d.endWrapUp(agent.id(), disposition), AgentStatus.WRAP_UP);
        return view(agent);
    }

    /**
     * Plans what the agent does when the call in hand is over: not ready for {@code reason}, signing out, or (both
     * empty) ready again.
     */
    public DeskView next(String user, String reason, boolean signOut) {
        AgentProfile agent = agent(user);
        if (signOut) {
            act(agent, "plan signing out", d -> d.signOutAfterCall(agent.id()), AgentStatus.RESERVED,
                    AgentStatus.TALKING, AgentStatus.WRAP_UP);
            planned.put(agent.id(), new DeskView.Next(null, true));
        } else if (reason == null || reason.isBlank()) {
            act(agent, "plan being ready", d -> d.afterCall(agent.id(), Optional.empty()), AgentStatus.RESERVED,
                    AgentStatus.TALKING, AgentStatus.WRAP_UP);
            planned.remove(agent.id());
        } else {
            BreakReason code = reason(reason);
            act(agent, "plan a break", d -> d.afterCall(agent.id(), Optional.of(code)), AgentStatus.RESERVED,
                    AgentStatus.TALKING, AgentStatus.WRAP_UP);
            planned.put(agent.id(), new DeskView.Next(code.code(), false));
        }
        return view(agent);
    }

    /** Signs the agent out of the line, from ready or not ready (with a call in hand, plan it with {@link #next}). */
    public DeskView signOut(String user) {
        AgentProfile agent = agent(user);
        act(agent, "sign out", d -> d.logOut(agent.id()), AgentStatus.AVAILABLE, AgentStatus.ON_BREAK);
        return view(agent);
    }

    @Override
    public void onEvent(CallCentreEvent event) {
        if (event instanceof CallCentreEvent.AgentStateChanged e) {
            since.put(e.agent(), e.at());
            InWrapUp offer = lastOffer.get(e.agent());
            if (e.to() instanceof AgentState.WrapUp w && offer != null && offer.call().equals(w.call())) {
                wrapUps.put(e.agent(), new InWrapUp(w.call(), offer.queue(), e.at()));
            } else {
                wrapUps.remove(e.agent());
            }
            AgentStatus to = e.to().status();
            if (to == AgentStatus.AVAILABLE || to == AgentStatus.ON_BREAK || to == AgentStatus.LOGGED_OUT) {
                planned.remove(e.agent());
            }
            stream.stateChanged(e.agent());
        } else if (event instanceof CallCentreEvent.CallOffered e) {
            lastOffer.put(e.agent(), new InWrapUp(e.call(), e.queue(), e.at()));
            stream.offered(e.agent(), e.call(), e.queue());
        }
        stream.calls().onEvent(event);
    }

    /** Returns the agent's desk view. */
    DeskView view(AgentProfile agent) {
        AgentState state = distributor().agentState(agent.id());
        DeskView.Coded reason = state instanceof AgentState.OnBreak b ? coded(b.reason()) : null;
        String call = state instanceof AgentState.Reserved r ? r.call().value()
                : state instanceof AgentState.Talking t ? t.call().value()
                : state instanceof AgentState.WrapUp w ? w.call().value() : null;
        DeskView.WrapUp wrapUp = null;
        InWrapUp wrap = wrapUps.get(agent.id());
        if (state instanceof AgentState.WrapUp && wrap != null) {
            WrapUpRule rule = configuration.desk().ruleFor(wrap.queue());
            Instant ends = wrap.startedAt().plus(queue(wrap.queue()).map(QueueConfig::wrapUp)
                    .orElse(java.time.Duration.ZERO));
            wrapUp = new DeskView.WrapUp(wrap.call().value(), wrap.queue().value(), wrap.startedAt().toString(),
                    ends.toString(), rule.codeRequired(), rule.defaultCode().orElse(null),
                    codesOn(wrap.queue()).stream().map(c -> new DeskView.Coded(c.code(), names(c.names()))).toList());
        }
        List<DeskView.Coded> reasons = configuration.desk().reasons().stream()
                .map(r -> new DeskView.Coded(r.code().code(), names(r.names()))).toList();
        // The desktop's request form offers these, and names the topics of the requests it finds.
        List<DeskView.Coded> topics = configuration.topics().stream()
                .filter(t -> agent.organisation().equals(configuration.topicBodies().get(t.id())))
                .map(t -> new DeskView.Coded(t.id().value(), names(t.names()))).toList();
        return new DeskView(agent.id().value(), agent.displayName(), agent.organisation().value(),
                state.status().name(), reason, Optional.ofNullable(since.get(agent.id())).map(Instant::toString)
                .orElse(null), line().phoneRegistered(agent.id()), call, wrapUp, planned.get(agent.id()), reasons,
                topics, state instanceof AgentState.Talking t ? calls.transferTargets(agent, t.call()) : List.of(),
                state instanceof AgentState.Talking ? distributor().heldSince(agent.id()).map(Instant::toString)
                        .orElse(null) : null);
    }

    /**
     * The call {@code user} is talking on, as the line's events told of it: the call (its line and language) and the
     * queue it was offered from.
     *
     * @throws DeskRefusal if the user is no agent of the roster (403) or is not talking on a call (409)
     */
    public CallInHand callInHand(String user) {
        AgentProfile agent = agent(user);
        if (distributor().agentState(agent.id()) instanceof AgentState.Talking talking) {
            CallsInHand.Known known = stream.calls().of(talking.call());
            InWrapUp offer = lastOffer.get(agent.id());
            Optional<QueueId> queue = offer != null && offer.call().equals(talking.call()) ? Optional.of(offer.queue())
                    : known.queue();
            if (known.call().isPresent() && queue.isPresent()) {
                return new CallInHand(agent.id(), known.call().get(), queue.get());
            }
        }
        throw new DeskRefusal(DeskRefusal.Kind.CONFLICT, null, "not talking on a call of the line (now "
                + status(agent) + ")");
    }

    /**
     * A call an agent is talking on.
     *
     * @param agent the agent
     * @param call the call as it arrived (its line and language)
     * @param queue the queue it was offered from
     */
    public record CallInHand(AgentId agent, Call call, QueueId queue) {
    }

    /** Returns the roster's agent {@code user}. @throws DeskRefusal if there is none */
    AgentProfile agent(String user) {
        return configuration.roster().stream().filter(a -> a.id().value().equals(user)).findFirst()
                .orElseThrow(() -> new DeskRefusal(DeskRefusal.Kind.NOT_AN_AGENT, null, "user " + user
                        + " is not an agent of the line's roster"));
    }

    interface Command {
        void on(CallDistributor distributor);
    }

    /** Runs {@code command} if the agent is in one of {@code allowed}; the distributor refuses a race it lost. */
    void act(AgentProfile agent, String what, Command command, AgentStatus... allowed) {
        AgentStatus now = status(agent);
        if (!List.of(allowed).contains(now)) {
            throw new DeskRefusal(DeskRefusal.Kind.CONFLICT, null, "cannot " + what + " while " + now
                    + " (allowed from " + List.of(allowed) + ")");
        }
        try {
            command.on(distributor());
        } catch (IllegalStateException lostRace) {
            throw new DeskRefusal(DeskRefusal.Kind.CONFLICT, null, "cannot " + what + ": " + lostRace.getMessage());
        }
    }

    private BreakReason reason(String code) {
        return configuration.desk().reason(code).map(NotReadyReason::code).orElseThrow(() -> new DeskRefusal(
                DeskRefusal.Kind.INVALID, "reason", "unknown reason '" + code + "'; the line offers "
                        + configuration.desk().reasons().stream().map(r -> r.code().code()).toList()));
    }

    private DeskView.Coded coded(BreakReason reason) {
        return configuration.desk().reason(reason.code()).map(r -> new DeskView.Coded(reason.code(), names(r.names())))
                .orElseGet(() -> new DeskView.Coded(reason.code(), LineSetReasons.names(reason)));
    }

    private List<WrapUpCode> codesOn(QueueId queue) {
        return configuration.wrapUpCodes().stream().filter(c -> c.offeredOn(queue)).toList();
    }

    Optional<QueueConfig> queue(QueueId id) {
        return configuration.distributor().queues().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    AgentStatus status(AgentProfile agent) {
        return distributor().agentState(agent.id()).status();
    }

    CallDistributor distributor() {
        return line().distributor();
    }

    private ReferenceLine line() {
        ReferenceLine line = lifecycle.line();
        if (line == null) {
            throw new DeskRefusal(DeskRefusal.Kind.CONFLICT, null, "the line is not running");
        }
        return line;
    }

    static Map<String, String> names(Map<Language, String> names) {
        Map<String, String> byCode = new java.util.LinkedHashMap<>();
        names.forEach((language, name) -> byCode.put(language.code(), name));
        return byCode;
    }
}
