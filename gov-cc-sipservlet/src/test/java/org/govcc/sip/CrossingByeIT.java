package org.govcc.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.log4j.LogManager;
import org.apache.log4j.PropertyConfigurator;
import org.govcc.api.call.Call;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.HangUpReason;
import org.govcc.sip.container.SipTransport;
import org.govcc.sip.media.AudioClip;
import org.govcc.sip.media.MediaSettings;
import org.govcc.sip.media.PromptCatalogue;
import org.govcc.sip.registrar.AgentDirectory;
import org.govcc.sip.testing.Eventually;
import org.govcc.sip.testing.Ports;
import org.govcc.sip.testing.RunningLine;
import org.govcc.sip.testing.SipText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A phone's BYE for a call the line has already ended (RFC 3261 15.1.2, 12.2.2): the line hangs up after its prompt,
 * and the phone (a raw UDP socket, to time its messages exactly) sends its own BYE, either at once (the two BYEs
 * cross) or after the line has forgotten the call while its BYE still waits for an answer (a phone that went quiet, as
 * under load). Each BYE is answered, 200 or 481, and the line keeps nothing. Restcomm's logging is left unconfigured,
 * as in the WAR: what it logs about the late BYE is no error, and no log record holds the caller's number.
 */
class CrossingByeIT {

    private static final String NUMBER = "1555";
    private static final Duration ANSWER = Duration.ofSeconds(5);
    private static final List<LogRecord> LOGGED = new CopyOnWriteArrayList<>();
    private static final Handler COLLECT = new Handler() {
        @Override
        public void publish(LogRecord record) {
            LOGGED.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    /** Held so that its level stays: Restcomm's FINE records are collected too. */
    private static final Logger RESTCOMM = Logger.getLogger("org.mobicents");

    private static RunningLine sip;

    @BeforeAll
    static void startLine() throws IOException {
        LogManager.resetConfiguration(); // as in the WAR, which has no log4j configuration of its own
        RESTCOMM.setLevel(Level.FINE);
        COLLECT.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(COLLECT);
        AudioClip prompt = AudioClip.tone("prompt", 440, 300);
        SipLineSettings settings = new SipLineSettings(Map.of(NUMBER, new LineId("main")), Language.GREEK, 20,
                Duration.ofSeconds(10), "govcc.test", Duration.ofHours(1), Optional.empty());
        int[] rtp = Ports.lineRtp(34000, 34998);
        sip = RunningLine.start(MediaSettings.of("127.0.0.1").withPorts(rtp[0], rtp[1]), media ->
                new GovCcSipApplication(settings, media, PromptCatalogue.ofPrompts((id, lang) -> Optional.of(prompt)),
                        AgentDirectory.of(List.of()), control -> new CallHandler() {
                            @Override
                            public void callStarted(Call call) {
                                control.play(call.id(), List.of(Announcement.prompt("welcome")), false);
                            }

                            @Override
                            public void onSignal(CallSignal signal) {
                                if (signal instanceof CallSignal.PromptFinished) {
                                    control.hangUp(signal.call(), HangUpReason.NORMAL);
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
        Logger.getLogger("").removeHandler(COLLECT);
        RESTCOMM.setLevel(null);
        LogManager.resetConfiguration();
        PropertyConfigurator.configure(CrossingByeIT.class.getResource("/log4j.properties"));
    }

    @Test
    void aByeCrossingTheLinesByeIsAnswered() throws IOException {
        try (Phone phone = new Phone("cross", "306900001")) {
            String lineBye = phone.callUntilTheLineHangsUp();
            phone.send(phone.bye());
            String answer = phone.await(m -> isAnswerTo(m, "BYE") && SipText.status(m) >= 200);
            phone.send(phone.ok(lineBye));
            assertThat(SipText.status(answer)).as("the answer to a BYE crossing the line's: %s", answer)
                    .isIn(200, 481);
        }
        sip.assertNothingLeftBehind(() -> "after crossing BYEs");
        assertThat(LOGGED).extracting(CrossingByeIT::text).noneMatch(text -> text.contains("306900001"));
    }

    @Test
    void aByeAfterTheLineForgotTheCallGets481() throws IOException {
        try (Phone phone = new Phone("late", "306900002")) {
            String lineBye = phone.callUntilTheLineHangsUp();
            // The phone says nothing while the line forgets the call; the line's BYE is still unanswered.
            assertThat(Eventually.holds(() -> sip.sipApplicationSessions() == 0, Duration.ofSeconds(10)))
                    .as("the container forgot the call").isTrue();
            phone.send(phone.bye());
            String answer = phone.await(m -> isAnswerTo(m, "BYE") && SipText.status(m) >= 200);
            assertThat(SipText.status(answer)).as("the answer to a BYE for a call the line ended: %s", answer)
                    .isEqualTo(481);
            phone.send(phone.ok(lineBye));
        }
        sip.assertNothingLeftBehind(() -> "after a late BYE");
        assertThat(LOGGED).as("Restcomm's record of the BYE it answered 481")
                .anyMatch(r -> r.getLevel() == Level.FINE && text(r).contains("DispatcherException")
                        && text(r).contains("late-"))
                .noneMatch(r -> r.getLevel().intValue() > Level.INFO.intValue() && text(r).contains("late-"));
        assertThat(LOGGED).extracting(CrossingByeIT::text).noneMatch(text -> text.contains("306900002"));
    }

    /** A log record's message and its throwable as a log would print them. */
    private static String text(LogRecord record) {
        StringWriter out = new StringWriter();
        out.append(String.valueOf(record.getMessage())).append('\n');
        if (record.getThrown() != null) {
            record.getThrown().printStackTrace(new PrintWriter(out));
        }
        return out.toString();
    }

    private static boolean isAnswerTo(String message, String method) {
        return SipText.status(message) > 0 && SipText.header(message, "CSeq", null).endsWith(" " + method);
    }

    /** A phone on a raw UDP socket: one call, its ACK, and BYEs in its dialog. */
    private static final class Phone implements AutoCloseable {

        private final DatagramSocket socket;
        private final String name;
        private final String number;
        private final String callId;
        private String toWithTag;
        private String lineContact;

        /** A phone whose calls are named {@code name} (Call-ID, tag, branches) and come from {@code number}. */
        Phone(String name, String number) throws IOException {
            this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            this.name = name;
            this.number = number;
            this.callId = name + "-" + System.nanoTime() + "@127.0.0.1";
        }

        /** Calls the line, ACKs its 200 and returns the line's BYE (unanswered) once its prompt has played. */
        String callUntilTheLineHangsUp() throws IOException {
            String sdp = "v=0\r\no=phone 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                    + "m=audio " + (socket.getLocalPort() + 2) + " RTP/AVP 0\r\na=sendrecv\r\n";
            send("INVITE " + lineUri() + " SIP/2.0\r\n" + via("inv") + "From: " + from() + "\r\n"
                    + "To: <" + lineUri() + ">\r\nCall-ID: " + callId + "\r\nCSeq: 1 INVITE\r\n"
                    + "Contact: <sip:" + number + "@127.0.0.1:" + socket.getLocalPort() + ">\r\nMax-Forwards: 70\r\n"
                    + "Content-Type: application/sdp\r\nContent-Length: " + sdp.length() + "\r\n\r\n" + sdp);
            String ok = await(m -> isAnswerTo(m, "INVITE") && SipText.status(m) >= 200);
            assertThat(SipText.status(ok)).as("the line's answer: %s", ok).isEqualTo(200);
            toWithTag = SipText.header(ok, "To", "t");
            String contact = SipText.header(ok, "Contact", "m");
            lineContact = contact.substring(contact.indexOf('<') + 1, contact.indexOf('>'));
            send("ACK " + lineContact + " SIP/2.0\r\n" + via("ack") + "From: " + from() + "\r\nTo: " + toWithTag
                    + "\r\nCall-ID: " + callId + "\r\nCSeq: 1 ACK\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n");
            return await(m -> m.startsWith("BYE "));
        }

        String bye() {
            return "BYE " + lineContact + " SIP/2.0\r\n" + via("bye") + "From: " + from() + "\r\nTo: " + toWithTag
                    + "\r\nCall-ID: " + callId + "\r\nCSeq: 2 BYE\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n";
        }

        /** The 200 OK for a request the line sent (its Via, From, To, Call-ID and CSeq copied). */
        String ok(String request) {
            StringBuilder ok = new StringBuilder("SIP/2.0 200 OK\r\n");
            for (String line : request.substring(0, request.indexOf("\r\n\r\n")).split("\r\n")) {
                String field = line.contains(":") ? line.substring(0, line.indexOf(':')).trim().toLowerCase() : "";
                if (Set.of("via", "v", "from", "f", "to", "t", "call-id", "i", "cseq").contains(field)) {
                    ok.append(line).append("\r\n");
                }
            }
            return ok.append("Content-Length: 0\r\n\r\n").toString();
        }

        void send(String message) throws IOException {
            byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), sip.sipPort()));
        }

        /** Returns the first SIP message that {@code wanted} accepts, failing after {@link #ANSWER} without one. */
        String await(Predicate<String> wanted) throws IOException {
            long deadline = System.nanoTime() + ANSWER.toNanos();
            byte[] buffer = new byte[65536];
            while (System.nanoTime() < deadline) {
                socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                DatagramPacket p = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(p);
                } catch (SocketTimeoutException e) {
                    break;
                }
                String text = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
                if (wanted.test(text)) {
                    return text;
                }
            }
            throw new AssertionError("no such message from the line within " + ANSWER + " (" + name + ")");
        }

        private String lineUri() {
            return "sip:" + NUMBER + "@127.0.0.1:" + sip.sipPort();
        }

        private String from() {
            return "<sip:" + number + "@127.0.0.1:" + socket.getLocalPort() + ">;tag=" + name;
        }

        private String via(String branch) {
            return "Via: SIP/2.0/UDP 127.0.0.1:" + socket.getLocalPort() + ";branch=z9hG4bK-" + name + "-" + branch
                    + "\r\n";
        }

        @Override
        public void close() {
            socket.close();
        }
    }
}
