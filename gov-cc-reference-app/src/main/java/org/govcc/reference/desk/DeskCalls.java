package org.govcc.reference.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.agent.AgentState;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.call.CallId;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.SkillId;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.routing.TransferAnswer;

/**
 * The agents' commands on the call they are talking on: hold and take back, hang up, and transfer to another topic's
 * queue or another agent (on a confidential line, to its complaint officers only). Like every desk command, each acts
 * for the signed-in agent only and is refused with {@link DeskRefusal}, changing nothing, unless the agent is talking.
 */
@ApplicationScoped
public class DeskCalls {

    @Inject
    LineConfiguration configuration;

    @Inject
    DeskStream stream;

    @Inject
    DeskService desk;

    /** Puts the caller on hold: the two no longer hear each other and the caller hears the hold prompt. */
    public DeskView hold(String user) {
        AgentProfile agent = desk.agent(user);
        CallId call = talkingOn(agent, "put a call on hold");
        desk.act(agent, "put the call on hold", d -> {
            if (!d.hold(call, agent.id())) {
                throw new DeskRefusal(DeskRefusal.Kind.CONFLICT, null, "this line cannot hold calls");
            }
        }, AgentStatus.TALKING);
        return desk.view(agent);
    }

    /** Takes the held caller back. */
    public DeskView takeBack(String user) {
        AgentProfile agent = desk.agent(user);
        CallId call = talkingOn(agent, "take a caller back");
        desk.act(agent, "take the caller back", d -> d.takeBack(call, agent.id()), AgentStatus.TALKING);
        return desk.view(agent);
    }

    /** Ends the call from the agent's side, as their phone's hang-up would; the agent goes to wrap-up. */
    public DeskView hangUp(String user) {
        AgentProfile agent = desk.agent(user);
        CallId call = talkingOn(agent, "hang up");
        desk.act(agent, "hang up", d -> d.hangUp(call, agent.id()), AgentStatus.TALKING);
        return desk.view(agent);
    }

    private CallId talkingOn(AgentProfile agent, String what) {
        if (desk.distributor().agentState(agent.id()) instanceof AgentState.Talking talking) {
            return talking.call();
        }
        throw new DeskRefusal(DeskRefusal.Kind.CONFLICT, null, "cannot " + what + " while " + desk.status(agent)
                + " (allowed while " + AgentStatus.TALKING + ")");
    }

    /**
     * Sends the call the agent is talking on to another topic's queue ({@code topic}) or to another agent of the roster
     * ({@code toAgent}), exactly one of them; the agent goes to wrap-up and the call keeps what the IVR collected.
     */
    public DeskView transfer(String user, String topic, String toAgent) {
        AgentProfile agent = desk.agent(user);
        boolean byTopic = topic != null && !topic.isBlank();
        boolean byAgent = toAgent != null && !toAgent.isBlank();
        if (byTopic == byAgent) {
            throw new DeskRefusal(DeskRefusal.Kind.INVALID, byTopic ? "agent" : "topic",
                    "give either a topic or an agent to transfer to");
        }
        if (!(desk.distributor().agentState(agent.id()) instanceof AgentState.Talking talking)) {
            throw new DeskRefusal(DeskRefusal.Kind.CONFLICT, null, "cannot transfer while " + desk.status(agent)
                    + " (allowed while " + AgentStatus.TALKING + ")");
        }
        QueueId toQueue = byTopic ? queueOf(topic) : null;
        AgentId target = byAgent ? other(agent, toAgent) : null;
        if (confidential(talking.call())) {
            // A complainant's call goes to complaint officers only, never to a general agent or queue.
            boolean allowed = byTopic ? complaintQueue(toQueue) : complaintOfficer(desk.agent(target.value()));
            if (!allowed) {
                throw new DeskRefusal(DeskRefusal.Kind.INVALID, byTopic ? "topic" : "agent", "a call of a "
                        + "confidential line is transferred to its complaint officers only");
            }
        }
        TransferAnswer answer;
        try {
            answer = byTopic ? desk.distributor().transferToQueue(talking.call(), toQueue, agent.id())
                    : desk.distributor().transferToAgent(talking.call(), target, agent.id());
        } catch (IllegalStateException lostRace) {
            throw new DeskRefusal(DeskRefusal.Kind.CONFLICT, null, "cannot transfer: " + lostRace.getMessage());
        }
        if (answer instanceof TransferAnswer.Refused refused) {
            throw new DeskRefusal(DeskRefusal.Kind.CONFLICT, byTopic ? "topic" : "agent", "cannot transfer: "
                    + refused.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        return desk.view(agent);
    }

    /** Whether {@code call} came in on a line that keeps no caller number; a call the events never told of is. */
    private boolean confidential(CallId call) {
        return stream.calls().of(call).call().map(c -> !configuration.policyOf(c.line()).keepCallerNumber())
                .orElse(true);
    }

    private QueueId queueOf(String topic) {
        return configuration.topics().stream().filter(t -> t.id().value().equals(topic)).findFirst()
                .map(t -> configuration.queueFor(t.id())).orElseThrow(() -> new DeskRefusal(DeskRefusal.Kind.INVALID,
                        "topic", "unknown topic '" + topic + "'; the line has " + configuration.topics().stream()
                                .map(t -> t.id().value()).toList()));
    }

    private AgentId other(AgentProfile agent, String toAgent) {
        if (toAgent.equals(agent.id().value())) {
            throw new DeskRefusal(DeskRefusal.Kind.INVALID, "agent", "cannot transfer a call to yourself");
        }
        return configuration.roster().stream().map(AgentProfile::id).filter(id -> id.value().equals(toAgent))
                .findFirst().orElseThrow(() -> new DeskRefusal(DeskRefusal.Kind.INVALID, "agent", "unknown agent '"
                        + toAgent + "'"));
    }


    /** Where {@code agent} may transfer {@code call}: every topic's queue and every other agent the rule allows. */
    List<DeskView.Coded> transferTargets(AgentProfile agent, CallId call) {
        boolean sealed = confidential(call);
        List<DeskView.Coded> targets = new java.util.ArrayList<>();
        for (var topic : configuration.topics()) {
            if (!sealed || complaintQueue(configuration.queueFor(topic.id()))) {
                targets.add(new DeskView.Coded("topic:" + topic.id().value(), DeskService.names(topic.names())));
            }
        }
        for (AgentProfile other : configuration.roster()) {
            if (!other.id().equals(agent.id()) && (!sealed || complaintOfficer(other))) {
                String name = other.displayName() + " (" + other.id().value() + ")";
                targets.add(new DeskView.Coded("agent:" + other.id().value(), Map.of("el", name, "en", name)));
            }
        }
        return List.copyOf(targets);
    }

    /** Whether every skill {@code queue} requires is a confidential line's: only complaint officers serve it. */
    private boolean complaintQueue(QueueId queue) {
        Set<SkillId> sealedSkills = configuration.confidentialSkills();
        return desk.queue(queue).map(q -> q.requirements().stream().allMatch(r -> sealedSkills.contains(r.skill())))
                .orElse(false);
    }

    /** Whether {@code agent} holds a confidential line's skill. */
    private boolean complaintOfficer(AgentProfile agent) {
        return agent.skills().keySet().stream().anyMatch(configuration.confidentialSkills()::contains);
    }

}
