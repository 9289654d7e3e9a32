package org.govcc.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.govcc.api.call.Call;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.CallSignal;
import org.govcc.sip.container.SipTransport;
import org.govcc.sip.media.AudioClip;
import org.govcc.sip.media.MediaSettings;
import org.govcc.sip.media.PromptCatalogue;
import org.govcc.sip.registrar.AgentDirectory;
import org.govcc.sip.testing.Eventually;
import org.govcc.sip.testing.RunningLine;
import org.govcc.sip.testing.Sipp;
import org.govcc.sip.testing.SippPeers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad SIP of many kinds, sent as raw UDP datagrams while a real call (sipp) is in progress: nothing malformed is
 * ever accepted, the call in progress is not disturbed, the line answers the next call, and nothing is left behind.
 */
class MalformedSipIT {

    private static final String NUMBER = "1555";

    private static RunningLine sip;

    @BeforeAll
    static void startLine() throws IOException {
        AudioClip prompt = AudioClip.tone("prompt", 440, 400);
        SipLineSettings settings = new SipLineSettings(Map.of(NUMBER, new LineId("main")), Language.GREEK, 20,
                Duration.ofSeconds(10), "govcc.test", Duration.ofHours(1), Optional.empty());
        sip = RunningLine.start(MediaSettings.of("127.0.0.1").withPorts(34000, 34998), media ->
                new GovCcSipApplication(settings, media, PromptCatalogue.ofPrompts((id, lang) -> Optional.of(prompt)),
                        AgentDirectory.of(List.of()), control -> new CallHandler() {
                            @Override
                            public void callStarted(Call call) {
                                control.play(call.id(), List.of(Announcement.prompt("welcome")), false);
                            }

                            @Override
                            public void onSignal(CallSignal signal) {
                                if (signal instanceof CallSignal.PromptFinished) {
                                    control.play(signal.call(), List.of(Announcement.prompt("welcome")), false);
                                }
                            }
                        }, Clock.systemUTC()),
                container -> container.withTransports(Set.of(SipTransport.UDP)));
    }

    @AfterAll
    static void stopLine() {
        if (sip != null) {
            sip.close();
        }
    }

    @Test
    void malformedRequestsAreRefusedOrDroppedAndDisturbNothing() throws IOException {
        try (SippPeers peers = new SippPeers(sip.sipPort(), () -> "resources: " + sip.app().resources());
             DatagramSocket raw = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            Sipp.SippProcess during = peers.call(NUMBER, "load_caller.xml", 10000);
            assertThat(Eventually.holds(() -> sip.app().activeCalls() == 1, Duration.ofSeconds(10)))
                    .as("the real call is up before the bad input starts").isTrue();

            Random random = new Random(289);
            List<Malformed> cases = malformedCases(raw.getLocalPort());
            int rounds = 20;
            // Final answers per Call-ID (retransmissions of the same answer count once); ACKed like a phone would.
            // Each round is answered before the next is sent: a burst of all rounds overflowed the loopback socket
            // buffers and lost datagrams, which is not what this test is about.
            Map<String, Set<Integer>> answers = new TreeMap<>();
            for (int round = 0; round < rounds; round++) {
                for (Malformed m : cases) {
                    byte[] bytes = m.bytes(random, round);
                    raw.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), sip.sipPort()));
                }
                collect(raw, Duration.ofMillis(round == rounds - 1 ? 2000 : 200), answers);
            }

            assertThat(answers).as("status codes per Call-ID of the bad requests")
                    .allSatisfy((callId, codes) -> assertThat(codes).as(callId)
                            .noneMatch(code -> code >= 200 && code < 300));
            Map<String, Integer> expected = Map.ofEntries(Map.entry("sdp", 400), Map.entry("clen", 400),
                    Map.entry("cseq", 400), Map.entry("cseqnan", 400), Map.entry("nocontact", 400),
                    Map.entry("bye", 481), Map.entry("byetag", 481), Map.entry("cutbody", 400),
                    Map.entry("oversize", 513), Map.entry("require", 420), Map.entry("tel", 416),
                    Map.entry("urn", 416));
            for (int round = 0; round < rounds; round++) {
                for (Map.Entry<String, Integer> e : expected.entrySet()) {
                    assertThat(answers.get(e.getKey() + "-" + round + "@127.0.0.1")).as(e.getKey())
                            .containsExactly(e.getValue());
                }
            }
            peers.assertSucceeded(during);

            Sipp.SippProcess after = peers.call(NUMBER, "load_caller.xml", 500);
            peers.assertSucceeded(after);
        }
        sip.assertNothingLeftBehind(() -> "after the bad input");
    }

    /** One kind of bad datagram; {@code round} keeps Call-IDs and branches unique. */
    private record Malformed(String name, Builder builder) {
        byte[] bytes(Random random, int round) {
            return builder.build(random, round);
        }
    }

    @FunctionalInterface
    private interface Builder {
        byte[] build(Random random, int round);
    }

    private List<Malformed> malformedCases(int localPort) {
        List<Malformed> cases = new ArrayList<>();
        cases.add(new Malformed("random bytes", (r, n) -> {
            byte[] b = new byte[1 + r.nextInt(1400)];
            r.nextBytes(b);
            return b;
        }));
        // Cut short inside the body, or inside the first headers. (A datagram that ends just after a complete header
        // line cannot be told from an INVITE without an offer, and is rightly answered like one.)
        cases.add(new Malformed("INVITE cut short in its body", (r, n) -> {
            byte[] whole = invite(localPort, n, "cutbody", null).getBytes(StandardCharsets.UTF_8);
            int bodyStart = invite(localPort, n, "cutbody", null).indexOf("\r\n\r\n") + 4;
            return java.util.Arrays.copyOf(whole, bodyStart + r.nextInt(whole.length - bodyStart - 1));
        }));
        cases.add(new Malformed("INVITE cut short in its first headers", (r, n) -> {
            String text = invite(localPort, n, "cuthead", null);
            byte[] whole = text.getBytes(StandardCharsets.UTF_8);
            return java.util.Arrays.copyOf(whole, 10 + r.nextInt(text.indexOf("Contact:") - 10));
        }));
        for (String header : List.of("Via", "From", "To", "Call-ID", "CSeq")) {
            cases.add(new Malformed("INVITE without " + header, // no way to answer these: they are dropped
                    (r, n) -> invite(localPort, n, "no-" + header, header).getBytes(StandardCharsets.UTF_8)));
        }
        cases.add(new Malformed("CSeq method mismatch", (r, n) -> invite(localPort, n, "cseq", null)
                .replace("CSeq: 1 INVITE", "CSeq: 1 BYE").getBytes(StandardCharsets.UTF_8)));
        cases.add(new Malformed("CSeq not a number", (r, n) -> invite(localPort, n, "cseqnan", null)
                .replace("CSeq: 1 INVITE", "CSeq: one INVITE").getBytes(StandardCharsets.UTF_8)));
        cases.add(new Malformed("Content-Length beyond the body", (r, n) -> invite(localPort, n, "clen", null)
                .replaceFirst("Content-Length: \\d+", "Content-Length: 9999").getBytes(StandardCharsets.UTF_8)));
        cases.add(new Malformed("garbled SDP", (r, n) -> invite(localPort, n, "sdp", null)
                .replace("m=audio 9 RTP/AVP 0 8", "m=audio nine RTP/AVP x").getBytes(StandardCharsets.UTF_8)));
        cases.add(new Malformed("INVITE without Contact", (r, n) -> invite(localPort, n, "nocontact", "Contact")
                .getBytes(StandardCharsets.UTF_8)));
        // Over the stack's 16 KB datagram limit (SipContainerSettings): the stack keeps its first 16 KB only.
        cases.add(new Malformed("INVITE larger than 16 KB", (r, n) -> invite(localPort, n, "oversize", null)
                .replace("Max-Forwards: 70", "Max-Forwards: 70\r\nSubject: " + "x".repeat(20_000))
                .getBytes(StandardCharsets.UTF_8)));
        cases.add(new Malformed("BYE in a dialog nobody made", (r, n) -> invite(localPort, n, "byetag", null)
                .replace("INVITE sip:", "BYE sip:").replace("CSeq: 1 INVITE", "CSeq: 2 BYE")
                .replace("@127.0.0.1:" + sip.sipPort() + ">", "@127.0.0.1:" + sip.sipPort() + ">;tag=nobody" + n)
                .getBytes(StandardCharsets.UTF_8)));
        // RFC 3261 8.2.2: well-formed, but asking for what the line does not serve.
        cases.add(new Malformed("INVITE requiring an extension", (r, n) -> invite(localPort, n, "require", null)
                .replace("Max-Forwards: 70", "Max-Forwards: 70\r\nRequire: 100rel, Timer")
                .getBytes(StandardCharsets.UTF_8)));
        cases.add(new Malformed("INVITE to a tel: URI", (r, n) -> invite(localPort, n, "tel", null)
                .replaceFirst("^INVITE sip:[^ ]+ ", "INVITE tel:+30" + NUMBER + " ").getBytes(StandardCharsets.UTF_8)));
        cases.add(new Malformed("INVITE to an emergency URN", (r, n) -> invite(localPort, n, "urn", null)
                .replaceFirst("^INVITE sip:[^ ]+ ", "INVITE urn:service:sos ").getBytes(StandardCharsets.UTF_8)));
        cases.add(new Malformed("BYE for no dialog", (r, n) -> invite(localPort, n, "bye", null)
                .replace("INVITE sip:", "BYE sip:").replace("CSeq: 1 INVITE", "CSeq: 2 BYE")
                .getBytes(StandardCharsets.UTF_8)));
        return cases;
    }

    /** A complete INVITE to the line, with {@code omit} (a header name) left out if not null. */
    private String invite(int localPort, int round, String tag, String omit) {
        String callId = tag + "-" + round + "@127.0.0.1";
        String sdp = "v=0\r\no=fuzz 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                + "m=audio 9 RTP/AVP 0 8\r\n";
        List<String> headers = new ArrayList<>(List.of(
                "Via: SIP/2.0/UDP 127.0.0.1:" + localPort + ";branch=z9hG4bK-" + tag + "-" + round,
                "From: <sip:fuzz@127.0.0.1:" + localPort + ">;tag=" + tag + round,
                "To: <sip:" + NUMBER + "@127.0.0.1:" + sip.sipPort() + ">",
                "Call-ID: " + callId,
                "CSeq: 1 INVITE",
                "Contact: <sip:fuzz@127.0.0.1:" + localPort + ">",
                "Max-Forwards: 70",
                "Content-Type: application/sdp",
                "Content-Length: " + sdp.getBytes(StandardCharsets.UTF_8).length));
        if (omit != null) {
            headers.removeIf(h -> h.startsWith(omit + ":"));
        }
        return "INVITE sip:" + NUMBER + "@127.0.0.1:" + sip.sipPort() + " SIP/2.0\r\n" + String.join("\r\n", headers)
                + "\r\n\r\n" + sdp;
    }

    /** Adds the answers that arrive until none came for {@code quiet} to {@code answers}, ACKing final failures. */
    private void collect(DatagramSocket raw, Duration quiet, Map<String, Set<Integer>> answers) throws IOException {
        for (String response : drain(raw, quiet)) {
            int code = Integer.parseInt(response.substring(8, 11));
            if (code < 200) {
                continue; // 100 Trying for the INVITEs that reach the line; their final answers count here
            }
            answers.computeIfAbsent(header(response, "Call-ID"), k -> new java.util.TreeSet<>()).add(code);
            if (code >= 300 && header(response, "CSeq").endsWith("INVITE")) {
                byte[] ack = ackFor(response).getBytes(StandardCharsets.UTF_8);
                raw.send(new DatagramPacket(ack, ack.length, InetAddress.getLoopbackAddress(), sip.sipPort()));
            }
        }
    }

    /** Reads every datagram that arrives until none came for {@code quiet}; returns the SIP responses among them. */
    private static List<String> drain(DatagramSocket socket, Duration quiet) throws IOException {
        List<String> responses = new ArrayList<>();
        socket.setSoTimeout((int) quiet.toMillis());
        byte[] buffer = new byte[65536];
        while (true) {
            DatagramPacket p = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(p);
            } catch (SocketTimeoutException e) {
                return responses;
            }
            String text = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
            if (text.startsWith("SIP/2.0 ")) {
                responses.add(text);
            }
        }
    }

    /** Returns the value of the first {@code name} header in {@code message}, or "" (names matched exactly). */
    private static String header(String message, String name) {
        for (String line : message.split("\r\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).trim();
            }
        }
        return "";
    }

    /** The ACK a phone sends for a final non-2xx answer to its INVITE (same branch, the answer's To tag). */
    private String ackFor(String response) {
        return "ACK sip:" + NUMBER + "@127.0.0.1:" + sip.sipPort() + " SIP/2.0\r\n"
                + "Via: " + header(response, "Via") + "\r\n"
                + "From: " + header(response, "From") + "\r\n"
                + "To: " + header(response, "To") + "\r\n"
                + "Call-ID: " + header(response, "Call-ID") + "\r\n"
                + "CSeq: 1 ACK\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n";
    }
}
