package org.govcc.sip.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.govcc.sip.testing.Eventually;
import org.govcc.sip.testing.Ports;
import org.govcc.sip.testing.RtpTones;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Silent monitoring's media over real loopback sockets, without a SIP container: a caller's and an agent's endpoint
 * bridged, each peer sending its own tone, and a supervisor's endpoint sending the mix of both.
 */
class EndpointMixTest {

    private static final int CALLER_HZ = 440;
    private static final int AGENT_HZ = 1000;
    private static final int SUPERVISOR_HZ = 2000;
    /** 800 ms of audio: many periods of each tone, and few enough packets to come after a change. */
    private static final int WINDOW = 40;

    private MediaEngine engine;
    private RtpTones callerPhone;
    private RtpTones agentPhone;
    private RtpTones supervisorPhone;
    private RtpEndpoint caller;
    private RtpEndpoint agent;
    private RtpEndpoint supervisor;

    @BeforeEach
    void bridgedCall() throws Exception {
        int base = Ports.free() & ~1;
        engine = new MediaEngine(MediaSettings.of("127.0.0.1").withPorts(base, base + 20));
        callerPhone = new RtpTones();
        agentPhone = new RtpTones();
        supervisorPhone = new RtpTones();
        caller = open(callerPhone, Codec.PCMU);
        agent = open(agentPhone, Codec.PCMU);
        supervisor = open(supervisorPhone, Codec.PCMA);
        caller.bridge(agent);
        callerPhone.sendTone(caller.localPort(), CALLER_HZ, Codec.PCMU);
        agentPhone.sendTone(agent.localPort(), AGENT_HZ, Codec.PCMU);
        supervisorPhone.sendTone(supervisor.localPort(), SUPERVISOR_HZ, Codec.PCMA);
    }

    @AfterEach
    void close() {
        callerPhone.close();
        agentPhone.close();
        supervisorPhone.close();
        engine.close();
    }

    @Test
    void theSupervisorHearsBothPartiesWhileTheyHearEachOtherOnlyAndNothingOfTheSupervisor() {
        supervisor.sendMixOf(List.of(caller, agent), false);

        heardFresh(supervisorPhone);
        assertThat(supervisorPhone.shareOf(CALLER_HZ, WINDOW)).as("the caller, in the supervisor's mix")
                .isGreaterThan(0.25);
        assertThat(supervisorPhone.shareOf(AGENT_HZ, WINDOW)).as("the agent, in the supervisor's mix")
                .isGreaterThan(0.25);
        assertThat(supervisorPhone.shareOf(SUPERVISOR_HZ, WINDOW)).isLessThan(0.01);
        assertHears(agentPhone, CALLER_HZ, SUPERVISOR_HZ);
        assertHears(callerPhone, AGENT_HZ, SUPERVISOR_HZ);
        assertThat(caller.heardBy()).isEqualTo(1);
        assertThat(agent.heardBy()).isEqualTo(1);
    }

    @Test
    void aWhisperReachesTheAgentWithTheCallerButNeverTheCallerAndEndsWithoutDisturbingTheBridge() {
        supervisor.sendMixOf(List.of(caller, agent), false);
        agent.sendMixOf(List.of(supervisor), true);

        heardFresh(agentPhone);
        assertThat(agentPhone.shareOf(CALLER_HZ, WINDOW)).as("the caller, relayed into the agent's mix")
                .isGreaterThan(0.25);
        assertThat(agentPhone.shareOf(SUPERVISOR_HZ, WINDOW)).as("the supervisor's whisper").isGreaterThan(0.25);
        assertHears(callerPhone, AGENT_HZ, SUPERVISOR_HZ);

        agent.stopMixing();
        assertHears(agentPhone, CALLER_HZ, SUPERVISOR_HZ);
        assertThat(supervisor.heardBy()).isZero();
        supervisor.close();
        assertThat(caller.heardBy()).isZero();
        assertThat(agent.heardBy()).isZero();
        assertHears(callerPhone, AGENT_HZ, SUPERVISOR_HZ);
        assertHears(agentPhone, CALLER_HZ, SUPERVISOR_HZ);
    }

    @Test
    void aHeldCallerIsNotWhisperedToTheAgentWhoHearsOnlyTheSupervisor() {
        agent.sendMixOf(List.of(supervisor), true);
        caller.unbridge(); // the agent holds the caller

        assertHears(agentPhone, SUPERVISOR_HZ, CALLER_HZ);
    }

    private RtpEndpoint open(RtpTones phone, Codec codec) {
        RtpEndpoint e = engine.open(new MediaListener() {
        });
        e.connect(new InetSocketAddress("127.0.0.1", phone.port()), codec, 101);
        return e;
    }

    /** Forgets what {@code phone} heard and waits until it heard more than a window's worth since. */
    private static void heardFresh(RtpTones phone) {
        phone.forget();
        assertThat(Eventually.holds(() -> phone.packets() >= WINDOW + 10, Duration.ofSeconds(5)))
                .as("packets arrived: %d", phone.packets()).isTrue();
    }

    private static void assertHears(RtpTones phone, int hz, int absentHz) {
        heardFresh(phone);
        assertThat(phone.shareOf(hz, WINDOW)).as("%d Hz heard", hz).isGreaterThan(0.8);
        assertThat(phone.shareOf(absentHz, WINDOW)).as("%d Hz not heard", absentHz).isLessThan(0.01);
    }
}
