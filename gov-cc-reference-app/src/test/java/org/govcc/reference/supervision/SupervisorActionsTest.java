package org.govcc.reference.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentState;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.agent.BreakReason;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.CallControl;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.HangUpReason;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.SkillLevel;
import org.govcc.reference.audit.AuditAction;
import org.govcc.reference.audit.AuditRecord;
import org.govcc.reference.audit.AuditSubject;
import org.govcc.reference.audit.AuditTrail;
import org.govcc.reference.config.MinistryOfLabourLine;
import org.govcc.reference.desk.LineSetReasons;
import org.govcc.reference.rest.ProblemException;
import org.govcc.routing.CallDistributor;
import org.govcc.routing.ManualClock;
import org.govcc.routing.ManualScheduler;
import org.govcc.routing.QueuedCall;
import org.junit.jupiter.api.Test;

/**
 * A supervisor's acts on the ministry's real distributor (a manual clock, a call side that does nothing): each is
 * audited with who, what and why before it is done, an agent with a call in hand is dealt with when the call is over,
 * a reset ends what the line still holds, and a move for the day ends at Athens midnight.
 */
class SupervisorActionsTest {

    /** 10:00 in Athens. */
    private static final Instant MORNING = Instant.parse("2026-12-03T08:00:00Z");
    private static final AgentId AGENT01 = new AgentId("agent01");

    /** Keeps what would go to the audit trail; refuses when told to, as a database that is down would. */
    private static final class RecordingTrail extends AuditTrail {
        final List<String> entries = new ArrayList<>();
        boolean down;

        @Override
        public AuditRecord append(String user, String role, AuditAction action, AuditSubject subject, String reason) {
            if (down) {
                throw new IllegalStateException("the database does not answer");
            }
            entries.add(user + " " + role + " " + action + " " + subject + ": " + reason);
            return null;
        }
    }

    private final ManualClock clock = new ManualClock(MORNING, ZoneId.of("Europe/Athens"));
    private final List<CallId> hungUp = new ArrayList<>();
    private final CallDistributor distributor = CallDistributor.builder()
            .config(MinistryOfLabourLine.configuration().distributor()).clock(clock)
            .scheduler(new ManualScheduler(clock)).callControl(new CallControl() {
                @Override
                public String id() {
                    return "test";
                }

                @Override
                public void play(CallId call, List<Announcement> announcements, boolean bargeIn) {
                }

                @Override
                public void stopPlayback(CallId call) {
                }

                @Override
                public void armTimer(CallId call, Duration delay) {
                }

                @Override
                public void disarmTimer(CallId call) {
                }

                @Override
                public void connectToAgent(CallId call, AgentId agent, CallVariables variables, Duration ringTimeout) {
                }

                @Override
                public void dialOut(CallId call, PhoneNumber number, Duration ringTimeout) {
                }

                @Override
                public void transfer(CallId call, PhoneNumber number) {
                }

                @Override
                public void hangUp(CallId call, HangUpReason reason) {
                    hungUp.add(call);
                }
            }).build();
    private final RecordingTrail trail = new RecordingTrail();
    private final SupervisorActions actions = new SupervisorActions() {
        @Override
        CallDistributor running() {
            return distributor;
        }
    };

    SupervisorActionsTest() {
        MinistryOfLabourLine.configuration().roster().forEach(distributor::addAgent);
        actions.configuration = MinistryOfLabourLine.configuration();
        actions.audit = trail;
        actions.moves = new SkillMoves();
        actions.wallboard = new WallboardService();
        actions.clock = clock;
    }

    @Test
    void aReadyAgentIsMadeNotReadyAtOnceAndTheActIsAuditedWithWhoWhatAndWhy() {
        distributor.logIn(AGENT01);

        String done = actions.notReady("supervisor01", "agent01", "meeting", "  team briefing ");

        assertThat(done).isEqualTo("made not ready (meeting)");
        assertThat(distributor.agentState(AGENT01)).isEqualTo(new AgentState.OnBreak(new BreakReason("meeting")));
        assertThat(trail.entries).containsExactly("supervisor01 supervisor CHANGE agent agent01: supervisor made not"
                + " ready (meeting); why: team briefing");
    }

    @Test
    void anAgentWithACallInHandIsMadeNotReadyOrSignedOutWhenTheCallIsOver() {
        CallId call = talking();

        assertThat(actions.notReady("supervisor01", "agent01", "meal", "lunch")).endsWith("after the call in hand)");
        assertThat(distributor.agentState(AGENT01).status()).isEqualTo(AgentStatus.TALKING);
        distributor.handle(new CallSignal.CallerHungUp(call, clock.instant()));
        distributor.endWrapUp(AGENT01);
        assertThat(distributor.agentState(AGENT01)).isEqualTo(new AgentState.OnBreak(BreakReason.MEAL));

        assertThat(actions.signOut("supervisor01", "agent01", "end of shift")).isEqualTo("signed out");
        assertThat(distributor.agentState(AGENT01).status()).isEqualTo(AgentStatus.LOGGED_OUT);
        assertThat(trail.entries).hasSize(2);
    }

    @Test
    void aResetHangsUpTheConversationTheLineStillHoldsAndLeavesTheAgentNotReady() {
        CallId call = talking();

        assertThat(actions.reset("supervisor01", "agent01", "phone froze")).isEqualTo("reset from TALKING to not"
                + " ready");

        assertThat(hungUp).containsExactly(call);
        assertThat(distributor.agentState(AGENT01)).isEqualTo(new AgentState.OnBreak(LineSetReasons.SUPERVISOR_RESET));
        assertThat(distributor.checkInvariants()).isEmpty();
    }

    @Test
    void anAgentBeingRungOrSignedOutIsNotResetAndNothingIsAudited() {
        assertThatThrownBy(() -> actions.reset("supervisor01", "agent01", "x")).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(409));
        distributor.logIn(AGENT01);
        queue("c1");
        assertThat(distributor.agentState(AGENT01).status()).isEqualTo(AgentStatus.RESERVED);

        assertThatThrownBy(() -> actions.reset("supervisor01", "agent01", "x")).isInstanceOf(ProblemException.class);
        assertThat(trail.entries).isEmpty();
    }

    @Test
    void anActTheAuditTrailCannotTakeIsNotDone() {
        distributor.logIn(AGENT01);
        trail.down = true;

        assertThatThrownBy(() -> actions.signOut("supervisor01", "agent01", "end of shift"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(distributor.agentState(AGENT01).status()).isEqualTo(AgentStatus.AVAILABLE);
    }

    @Test
    void aMoveForTheDayEndsAtAthensMidnightWithTheRostersSkillsBack() {
        String done = actions.move("supervisor01", "agent01", "insurance-pensions", "employment-training", "cover");

        assertThat(done).isEqualTo("moved from skill insurance-pensions to employment-training until"
                + " 2026-12-03T22:00:00Z");
        assertThat(distributor.skillsOf(AGENT01)).containsExactly(Map.entry(new SkillId("employment-training"),
                SkillLevel.of(5)));
        clock.setInstant(Instant.parse("2026-12-03T21:59:59Z"));
        actions.expireMoves();
        assertThat(actions.moves.until(AGENT01)).isPresent();

        clock.setInstant(Instant.parse("2026-12-03T22:00:00Z"));
        actions.expireMoves();

        assertThat(distributor.skillsOf(AGENT01)).containsExactly(Map.entry(new SkillId("insurance-pensions"),
                SkillLevel.of(5)));
        assertThat(actions.moves.until(AGENT01)).isEmpty();
    }

    @Test
    void anUnknownAgentIsA404NamingTheAgent() {
        assertThatThrownBy(() -> actions.signOut("supervisor01", "agent99", "x")).isInstanceOf(ProblemException.class)
                .satisfies(e -> {
                    assertThat(((ProblemException) e).problem().status()).isEqualTo(404);
                    assertThat(((ProblemException) e).problem().field()).isEqualTo("agent");
                });
    }

    private CallId talking() {
        distributor.logIn(AGENT01);
        CallId call = queue("c1");
        distributor.handle(new CallSignal.AgentAnswered(call, AGENT01, clock.instant()));
        assertThat(distributor.agentState(AGENT01)).isEqualTo(new AgentState.Talking(call));
        return call;
    }

    private CallId queue(String id) {
        CallId call = new CallId(id);
        distributor.enqueue(new QueuedCall(Call.inbound(call, new LineId("main"),
                CallerId.of(new PhoneNumber("+302101234567")), Language.GREEK, clock.instant()),
                new QueueId("insurance-pensions"), Priority.of(50), List.of(), CallVariables.empty()));
        return call;
    }
}
