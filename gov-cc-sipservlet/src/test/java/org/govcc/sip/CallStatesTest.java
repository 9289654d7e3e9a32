package org.govcc.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The line's state machines without a container: what each allows, and that any other move is refused and logged. */
class CallStatesTest {

    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger(Transitions.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
    }

    private static SipCall call(SipCall.State initial) {
        Call call = Call.inbound(new CallId("c-1"), new LineId("main"), CallerId.anonymous(), Language.GREEK,
                Instant.parse("2026-12-03T10:00:00Z"));
        return new SipCall(call, null, null, initial);
    }

    @Test
    void theCallerLegAllowsExactlyItsTable() {
        Map<SipCall.State, Set<SipCall.State>> expected = Map.of(
                SipCall.State.DIALLING, EnumSet.of(SipCall.State.ACTIVE, SipCall.State.ENDED),
                SipCall.State.ANSWERED, EnumSet.of(SipCall.State.ACTIVE, SipCall.State.ENDED),
                SipCall.State.ACTIVE, EnumSet.of(SipCall.State.TRANSFERRING, SipCall.State.ENDED),
                SipCall.State.TRANSFERRING, EnumSet.of(SipCall.State.ACTIVE, SipCall.State.TRANSFERRED,
                        SipCall.State.ENDED),
                SipCall.State.TRANSFERRED, EnumSet.of(SipCall.State.ENDED),
                SipCall.State.ENDED, EnumSet.noneOf(SipCall.State.class));
        for (SipCall.State from : SipCall.State.values()) {
            for (SipCall.State to : SipCall.State.values()) {
                assertThat(SipCall.CALLER_MOVES.allows(from, to)).as(from + " -> " + to)
                        .isEqualTo(expected.get(from).contains(to));
            }
        }
    }

    @Test
    void anInboundCallIsAnsweredThenActiveAndACallbackDialledThenActive() {
        SipCall inbound = call(SipCall.State.ANSWERED);
        assertThat(inbound.moveTo(SipCall.State.ACTIVE)).isTrue();
        assertThat(inbound.moveTo(SipCall.State.TRANSFERRING)).isTrue();
        assertThat(inbound.moveTo(SipCall.State.ACTIVE)).as("a failed transfer: active again").isTrue();
        assertThat(inbound.moveTo(SipCall.State.ENDED)).isTrue();
        assertThat(inbound.state()).isEqualTo(SipCall.State.ENDED);

        SipCall callback = call(SipCall.State.DIALLING);
        assertThat(callback.moveTo(SipCall.State.ACTIVE)).isTrue();
        assertThat(logged).isEmpty();
    }

    @Test
    void aMoveTheTableDoesNotAllowIsRefusedLoggedAndNotApplied() {
        SipCall ended = call(SipCall.State.ANSWERED);
        ended.moveTo(SipCall.State.ENDED);

        assertThat(ended.moveTo(SipCall.State.ACTIVE)).as("an ended call never comes back").isFalse();
        assertThat(ended.state()).isEqualTo(SipCall.State.ENDED);
        SipCall answered = call(SipCall.State.ANSWERED);
        assertThat(answered.moveTo(SipCall.State.TRANSFERRED)).as("no transfer before it was asked").isFalse();
        assertThat(answered.state()).isEqualTo(SipCall.State.ANSWERED);

        assertThat(logged).hasSize(2).allSatisfy(r -> assertThat(r.getLevel()).isEqualTo(Level.WARNING));
        assertThat(logged.get(0).getMessage()).isEqualTo("caller leg of c-1: move ENDED -> ACTIVE refused (allowed"
                + " from ENDED: [])");
        assertThat(logged.get(1).getMessage()).contains("ANSWERED -> TRANSFERRED refused").contains("[ACTIVE, ENDED]");
    }

    @Test
    void aCallStartsOnlyAnsweredOrDialling() {
        for (SipCall.State s : EnumSet.complementOf(EnumSet.of(SipCall.State.ANSWERED, SipCall.State.DIALLING))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> call(s))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(s.name());
        }
    }

    @Test
    void anOutgoingLegRingsThenConnectsOrIsDoneAndNeverRingsAgain() {
        assertThat(SipCall.LEG_MOVES.allows(SipCall.LegState.RINGING, SipCall.LegState.CONNECTED)).isTrue();
        assertThat(SipCall.LEG_MOVES.allows(SipCall.LegState.RINGING, SipCall.LegState.DONE)).isTrue();
        assertThat(SipCall.LEG_MOVES.allows(SipCall.LegState.CONNECTED, SipCall.LegState.DONE)).isTrue();
        assertThat(SipCall.LEG_MOVES.allows(SipCall.LegState.CONNECTED, SipCall.LegState.RINGING)).isFalse();
        assertThat(SipCall.LEG_MOVES.allows(SipCall.LegState.DONE, SipCall.LegState.CONNECTED)).isFalse();
        assertThat(SipCall.LEG_MOVES.allows(SipCall.LegState.DONE, SipCall.LegState.DONE)).isFalse();
    }

    @Test
    void aTransferIsAcceptedOrBridgedAndABridgedOneIsNeverAcceptedAfter() {
        SipCall.Transfer transfer = new SipCall.Transfer(new PhoneNumber("112"));
        CallId id = new CallId("c-2");
        assertThat(transfer.phase()).isEqualTo(SipCall.TransferPhase.REFERRED);
        assertThat(transfer.moveTo(SipCall.TransferPhase.ACCEPTED, id)).isTrue();
        assertThat(transfer.moveTo(SipCall.TransferPhase.BRIDGING, id)).as("the NOTIFY said it failed").isTrue();
        assertThat(transfer.moveTo(SipCall.TransferPhase.ACCEPTED, id)).isFalse();
        assertThat(transfer.phase()).isEqualTo(SipCall.TransferPhase.BRIDGING);
        assertThat(logged).singleElement().satisfies(r -> assertThat(r.getMessage())
                .startsWith("transfer of c-2: move BRIDGING -> ACCEPTED refused"));
    }
}
