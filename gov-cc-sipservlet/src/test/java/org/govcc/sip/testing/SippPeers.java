package org.govcc.sip.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The sipp peers of one test against a line on 127.0.0.1: callers, agents' phones (registered with digest
 * authentication) and a citizen's phone behind the outbound gateway. Agents' phones and the gateway trace every
 * message they send and receive ({@link Sipp.SippProcess#messages()}). Closes them all after the test.
 */
public final class SippPeers implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(40);

    private final int sipPort;
    private final Supplier<String> context;
    private final List<Sipp.SippProcess> peers = new ArrayList<>();

    /**
     * Creates the peers of a test.
     *
     * @param sipPort the line's SIP port
     * @param context what to add to failure messages (e.g. the line's events)
     */
    public SippPeers(int sipPort, Supplier<String> context) {
        this.sipPort = sipPort;
        this.context = context;
    }

    /** Starts sipp with {@code args} and keeps it for closing. */
    public Sipp.SippProcess start(String name, List<String> args) {
        Sipp.SippProcess p = Sipp.start(name, args);
        peers.add(p);
        return p;
    }

    /**
     * Starts agent {@code n}'s phone (a sipp UAS running {@code answerScenario}, holding {@code holdMillis}) and
     * registers it as {@code agent<n>} with password {@code secret<n>}; returns the phone once
     * {@code registered} holds.
     */
    public Sipp.SippProcess registerAgent(int n, String answerScenario, String holdMillis, BooleanSupplier registered) {
        return registerAgent(n, answerScenario, holdMillis, registered, List.of());
    }

    /**
     * Like {@link #registerAgent(int, String, String, BooleanSupplier)}, with {@code phoneArgs} added to the phone's
     * sipp (e.g. {@code -key rtp_port N} for a scenario whose SDP names a media port of the test's own).
     */
    public Sipp.SippProcess registerAgent(int n, String answerScenario, String holdMillis, BooleanSupplier registered,
                                          List<String> phoneArgs) {
        int agentPort = Ports.free();
        List<String> args = new ArrayList<>(List.of(
                "-sf", Sipp.SCENARIOS.resolve(answerScenario).toString(), "-s", "agent" + n,
                "-i", "127.0.0.1", "-p", String.valueOf(agentPort), "-mp", String.valueOf(Ports.freeMediaBlock()),
                "-m", "1", "-d", holdMillis, "-timeout", "40s", "-trace_msg"));
        args.addAll(phoneArgs);
        Sipp.SippProcess phone = start("agent" + n, args);
        Sipp.SippProcess register = start("register" + n, List.of("127.0.0.1:" + sipPort,
                "-sf", Sipp.SCENARIOS.resolve("register.xml").toString(), "-s", "agent" + n,
                "-au", "agent" + n, "-ap", "secret" + n, "-key", "contact_port", String.valueOf(agentPort),
                "-key", "expires", "300", "-i", "127.0.0.1", "-p", String.valueOf(Ports.free()), "-m", "1",
                "-timeout", "20s"));
        assertSucceeded(register);
        assertThat(Eventually.holds(registered, Duration.ofSeconds(5))).as("agent %d registered; %s", n,
                context.get()).isTrue();
        return phone;
    }

    /** Starts one caller dialling {@code number} with {@code scenario}, holding {@code holdMillis} where it pauses. */
    public Sipp.SippProcess call(String number, String scenario, int holdMillis) {
        return start("caller-" + scenario, List.of("127.0.0.1:" + sipPort,
                "-sf", Sipp.SCENARIOS.resolve(scenario).toString(), "-s", number,
                "-i", "127.0.0.1", "-p", String.valueOf(Ports.free()), "-mp", String.valueOf(Ports.freeMediaBlock()),
                "-m", "1", "-d", String.valueOf(holdMillis), "-timeout", "40s"));
    }

    /** Starts a citizen's phone (sipp UAS running {@code scenario}) on the outbound gateway's port. */
    public Sipp.SippProcess citizen(int gatewayPort, String scenario) {
        return citizen(gatewayPort, scenario, 0);
    }

    /** Like {@link #citizen(int, String)}, holding {@code holdMillis} where the scenario pauses. */
    public Sipp.SippProcess citizen(int gatewayPort, String scenario, int holdMillis) {
        return start("citizen-" + scenario, List.of(
                "-sf", Sipp.SCENARIOS.resolve(scenario).toString(), "-s", "citizen",
                "-i", "127.0.0.1", "-p", String.valueOf(gatewayPort), "-mp", String.valueOf(Ports.freeMediaBlock()),
                "-m", "1", "-d", String.valueOf(holdMillis), "-timeout", "40s", "-trace_msg"));
    }

    /**
     * Starts a trunk (sipp UAS running {@code scenario}) listening for SIP over TCP on {@code trunkPort}; returns once
     * it listens (a TCP connection to a port nobody listens on yet is refused at once).
     */
    public Sipp.SippProcess trunkOverTcp(int trunkPort, String scenario) {
        Sipp.SippProcess trunk = start("trunk-tcp-" + scenario, List.of(
                "-sf", Sipp.SCENARIOS.resolve(scenario).toString(), "-s", "trunk", "-t", "t1",
                "-i", "127.0.0.1", "-p", String.valueOf(trunkPort), "-mp", String.valueOf(Ports.freeMediaBlock()),
                "-m", "1", "-timeout", "40s", "-trace_msg"));
        assertThat(Eventually.holds(() -> !Ports.isFree(trunkPort), Duration.ofSeconds(5)))
                .as("trunk listening on %d; %s", trunkPort, trunk.log()).isTrue();
        return trunk;
    }

    /** Asserts that {@code sipp} ended with every call successful (exit code 0). */
    public void assertSucceeded(Sipp.SippProcess sipp) {
        assertThat(sipp.await(TIMEOUT)).as("%s%n%s", sipp.log(), context.get()).isZero();
    }

    /** Stops every peer still running. */
    @Override
    public void close() {
        peers.forEach(Sipp.SippProcess::close);
    }
}
