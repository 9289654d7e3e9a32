package org.govcc.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.agent.OrganisationId;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.RingFailure;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.event.CallCentreListener;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.SkillLevel;
import org.govcc.api.routing.SkillRequirement;
import org.govcc.api.schedule.ServiceSchedule;

/** A distributor on a manual clock, with a fake call side and an event log, for tests. */
final class Harness {

    static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    final ManualClock clock;
    final ManualScheduler scheduler;
    final FakeCallControl control = new FakeCallControl();
    final List<CallCentreEvent> events = new ArrayList<>();
    final CallDistributor distributor;

    Harness(DistributorConfig config) {
        this(config, null, START);
    }

    Harness(DistributorConfig config, ServiceSchedule schedule) {
        this(config, schedule, START);
    }

    /** A distributor whose clock starts at {@code start} instead of {@link #START}. */
    Harness(DistributorConfig config, Instant start) {
        this(config, null, start);
    }

    private Harness(DistributorConfig config, ServiceSchedule schedule, Instant start) {
        clock = new ManualClock(start);
        scheduler = new ManualScheduler(clock);
        CallDistributor.Builder b = CallDistributor.builder().config(config).clock(clock).scheduler(scheduler)
                .callControl(control).listener(new CallCentreListener() {
                    @Override
                    public void onEvent(CallCentreEvent e) {
                        synchronized (events) {
                            events.add(e);
                        }
                    }
                });
        if (schedule != null) {
            b.serviceSchedule(schedule);
        }
        distributor = b.build();
    }

    static DistributorConfig config(QueueConfig... queues) {
        return DistributorConfig.of(java.util.Set.of("pensions", "jobs", "general", "complaints", "lang-en"),
                List.of(queues));
    }

    static AgentId id(String agent) {
        return new AgentId(agent);
    }

    /** Adds and logs in an agent with skills given as "skill:level". */
    AgentId agent(String name, String... skills) {
        Map<SkillId, SkillLevel> map = new HashMap<>();
        for (String s : skills) {
            String[] p = s.split(":");
            map.put(new SkillId(p[0]), SkillLevel.of(Integer.parseInt(p[1])));
        }
        distributor.addAgent(new AgentProfile(id(name), name, new OrganisationId("efka"), map));
        distributor.logIn(id(name));
        return id(name);
    }

    static Call call(String id) {
        return Call.inbound(new CallId(id), new LineId("main"), CallerId.of(new PhoneNumber("+302101234567")),
                Language.GREEK, START);
    }

    Admission enqueue(String call, String queue, int priority, SkillRequirement... requirements) {
        return distributor.enqueue(new QueuedCall(call(call), new QueueId(queue), Priority.of(priority),
                List.of(requirements), CallVariables.empty()));
    }

    Admission enqueue(String call, String queue) {
        return enqueue(call, queue, 50);
    }

    SignalResult answer(String call, String agent) {
        return distributor.handle(new CallSignal.AgentAnswered(new CallId(call), id(agent), clock.instant()));
    }

    SignalResult unreachable(String call, String agent) {
        return unreachable(call, agent, RingFailure.NO_ANSWER);
    }

    SignalResult unreachable(String call, String agent, RingFailure failure) {
        return distributor.handle(new CallSignal.AgentUnreachable(new CallId(call), id(agent),
                failure.code().replace('_', ' '), clock.instant(), failure));
    }

    SignalResult callerHangsUp(String call) {
        return distributor.handle(new CallSignal.CallerHungUp(new CallId(call), clock.instant()));
    }

    SignalResult agentHangsUp(String call, String agent) {
        return distributor.handle(new CallSignal.AgentHungUp(new CallId(call), id(agent), clock.instant()));
    }

    void advance(Duration d) {
        scheduler.advance(d);
    }

    /** Returns the agent the last connect command for {@code call} rang, or null. */
    AgentId offeredTo(String call) {
        AgentId found = null;
        for (FakeCallControl.Command c : control.of("connect")) {
            if (c.call().value().equals(call)) {
                found = c.agent();
            }
        }
        return found;
    }

    <T extends CallCentreEvent> List<T> events(Class<T> type) {
        synchronized (events) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    /** Serves a call fully: answer, agent hangs up after {@code talk}. */
    void serve(String call, String agent, Duration talk) {
        answer(call, agent);
        advance(talk);
        agentHangsUp(call, agent);
    }
}
