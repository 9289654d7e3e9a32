package org.govcc.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.Language;
import org.govcc.sip.media.AudioClip;
import org.govcc.sip.media.MediaSettings;
import org.govcc.sip.media.PromptCatalogue;
import org.govcc.sip.registrar.AgentAccount;
import org.govcc.sip.registrar.AgentDirectory;
import org.govcc.sip.testing.Baresip;
import org.govcc.sip.testing.Eventually;
import org.govcc.sip.testing.RunningLine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The line with real softphones at both ends (Debian's baresip), not only sipp: an agent's phone registers with
 * digest authentication and answers by itself, a citizen's phone dials the line, picks a topic with a key press
 * (sent as RFC 4733 telephone-events) and talks to the agent through the line's media relay.
 */
class SoftphoneIT {

    private static final String MAIN_NUMBER = "1555";
    private static final String REALM = "govcc.test";
    private static final Duration WAIT = Duration.ofSeconds(15);

    private static RunningLine sip;
    private static ScriptedLine line;

    private Baresip agent;
    private Baresip citizen;

    @BeforeAll
    static void startLine() throws IOException {
        AudioClip prompt = AudioClip.tone("prompt", 520, 300);
        SipLineSettings settings = new SipLineSettings(Map.of(MAIN_NUMBER, ScriptedLine.MAIN), Language.GREEK, 20,
                Duration.ofSeconds(20), REALM, Duration.ofHours(1), Optional.empty());
        sip = RunningLine.start(MediaSettings.of("127.0.0.1").withPorts(36000, 36998)
                .withInactivityTimeout(Duration.ofSeconds(8)), media -> new GovCcSipApplication(settings, media,
                        PromptCatalogue.ofPrompts((id, language) -> Optional.of(prompt)),
                        AgentDirectory.of(List.of(AgentAccount.withPassword(new AgentId("agent-1"), "agent1", REALM,
                                "secret1"))),
                        control -> line = new ScriptedLine(control, Duration.ofSeconds(5), Duration.ofSeconds(2)),
                        Clock.systemUTC()));
    }

    @AfterAll
    static void stopLine() {
        if (sip != null) {
            sip.close();
        }
    }

    @BeforeEach
    void registerTheAgentsPhone() {
        line.reset();
        agent = Baresip.start("agent", "<sip:agent1@127.0.0.1:" + sip.sipPort()
                + ">;auth_pass=secret1;answermode=auto;regint=600", List.of());
        assertThat(Eventually.holds(() -> line.events().contains("registered agent-1"), WAIT))
                .as("the agent's softphone registered (digest); %s", agent.output()).isTrue();
    }

    @AfterEach
    void noCallLeavesAnythingBehind() {
        if (citizen != null) {
            citizen.close();
        }
        agent.close();
        sip.assertNothingLeftBehind(() -> "events " + line.events());
    }

    @Test
    void citizensPhonePicksATopicByKeyIsBridgedToTheAgentsPhoneAndTheyHearEachOther() {
        citizen = dialTheLine();
        citizen.command("1");
        assertThat(Eventually.holds(() -> line.events().contains("answered agent-1"), WAIT))
                .as("events %s; agent: %s", line.events(), agent.output()).isTrue();
        assertThat(agent.awaitOutput("Call established", WAIT)).as(agent.output()).isTrue();
        // The line stops its own packets and relays the agent's: the citizen's phone sees another RTP source.
        assertThat(citizen.awaitOutput("SSRC changed", WAIT)).as(citizen.output()).isTrue();
        // baresip shows the call's running time on its status line: let them talk for 3 s.
        assertThat(agent.awaitOutput("[0:00:03]", WAIT)).as(agent.output()).isTrue();

        citizen.command("/hangup\n");

        // baresip's words for a call the other side ended with BYE
        assertThat(agent.awaitOutput("session closed", WAIT)).as("the line hung up the agent; %s", agent.output())
                .isTrue();
        assertThat(citizen.awaitOutput("terminated", WAIT)).as(citizen.output()).isTrue();
        assertThat(Eventually.holds(() -> line.sawInOrder("registered agent-1", "started main", "digit 1",
                "queued topic-1", "offered agent-1", "answered agent-1", "caller-hung-up"), WAIT))
                .as("events %s", line.events()).isTrue();
        // baresip prints its RTP counts just after the end of a call.
        assertThat(agent.awaitOutput("packets:", WAIT) && citizen.awaitOutput("packets:", WAIT)).isTrue();
        // The agent hears nothing but the citizen, relayed: 3 s of talk is 150 packets of 20 ms.
        assertThat(agent.lastCallRtp().received()).as(agent.output()).isGreaterThanOrEqualTo(90);
        assertThat(citizen.lastCallRtp().received()).as(citizen.output()).isGreaterThanOrEqualTo(90);
    }

    @Test
    void agentsPhoneHangingUpEndsTheCitizensCall() {
        citizen = dialTheLine();
        citizen.command("1");
        assertThat(agent.awaitOutput("Call established", WAIT)).as("events %s; agent: %s", line.events(),
                agent.output()).isTrue();

        agent.command("/hangup\n");

        assertThat(citizen.awaitOutput("session closed", WAIT)).as("the line hung up the citizen; %s",
                citizen.output()).isTrue();
        assertThat(Eventually.holds(() -> line.events().contains("agent-hung-up agent-1"), WAIT))
                .as("events %s", line.events()).isTrue();
    }

    /** The citizen's phone (no registration) dials the main line and the welcome prompt starts. */
    private Baresip dialTheLine() {
        Baresip phone = Baresip.start("citizen", "<sip:citizen@127.0.0.1>;regint=0",
                List.of("/dial sip:" + MAIN_NUMBER + "@127.0.0.1:" + sip.sipPort()));
        assertThat(phone.awaitOutput("Call established", WAIT)).as(phone.output()).isTrue();
        assertThat(Eventually.holds(() -> line.events().contains("started main"), WAIT))
                .as("events %s", line.events()).isTrue();
        return phone;
    }
}
