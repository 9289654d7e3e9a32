package org.govcc.reference.rest.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govcc.reference.testing.ReferenceServer;
import org.govcc.reference.testing.ReferenceWar;
import org.govcc.reference.testing.Staff;
import org.govcc.reference.testing.WarHttp;
import org.govcc.sip.testing.Eventually;
import org.govcc.sip.testing.Ports;
import org.govcc.sip.testing.Sipp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A citizen checks a request's status by phone over the real line: a sipp caller on 1555 presses 8 (in the topic
 * menu, or in the closed line's options: the check needs no agent), types the request's reference and AMKA as RFC
 * INFO key presses, and the line's status lookup answers with the request's status (counted in the metrics by result);
 * a wrong AMKA finds nothing. What the caller hears for each status is MinistryFlowTest's (gov-cc-ivr).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatusByPhoneIT {

    /** The WAR the build made, deployed as it is (testable = false: nothing of Arquillian's is added to it). */
    @Deployment(testable = false)
    static WebArchive war() {
        return ReferenceWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void aCallerWhoTypesTheReferenceAndTheirAmkaIsToldTheStatusAndAnotherAmkaIsToldNothing() throws Exception {
        RequestsClient api = new RequestsClient(base);
        String amka = RequestsClient.freshAmka();
        JsonNode request = api.open(RequestsClient.staff("agent01"),
                RequestsClient.request("insurance-pensions", amka, "pension not paid"));
        String digits = request.get("reference").asText().replace("-", "");
        double newBefore = checks("new");
        double noneBefore = checks("none");

        call("status-right", digits, amka);
        assertThat(Eventually.holds(() -> checks("new") == newBefore + 1, Duration.ofSeconds(10)))
                .as("the lookup found the request NEW").isTrue();

        call("status-wrong-amka", digits, RequestsClient.freshAmka());
        assertThat(Eventually.holds(() -> checks("none") == noneBefore + 1, Duration.ofSeconds(10)))
                .as("another citizen's AMKA finds nothing").isTrue();
        assertThat(checks("new")).isEqualTo(newBefore + 1);
    }

    /** Dials 1555, waits out the greeting and the 112 notice, presses 8, the reference, the AMKA; then hangs up. */
    private static void call(String name, String reference, String amka) throws IOException {
        Path scenario = scenario(name, reference, amka);
        try (Sipp.SippProcess caller = Sipp.start(name, List.of(ReferenceServer.sipTarget(), "-sf",
                scenario.toString(), "-s", "1555", "-i", "127.0.0.1", "-p", String.valueOf(Ports.free()),
                "-mp", String.valueOf(Ports.free()), "-m", "1", "-timeout", "90s"))) {
            assertThat(caller.await(Duration.ofSeconds(90))).as(caller.log()).isZero();
        }
    }

    /**
     * A caller scenario made from complaint_caller_presses_1.xml's INVITE, ACK and BYE, with these keys sent as SIP
     * INFO (application/dtmf-relay). Not as RTP events: sipp replays the same RFC 4733 capture for a repeated digit,
     * with the same RTP timestamp, which is one event to a receiver (a real phone's next press has a new one).
     */
    private static Path scenario(String name, String reference, String amka) throws IOException {
        String base = Files.readString(Sipp.SCENARIOS.resolve("complaint_caller_presses_1.xml"),
                StandardCharsets.ISO_8859_1);
        int afterAck = base.indexOf("</send>", base.indexOf("CSeq: 1 ACK")) + "</send>".length();
        int bye = base.lastIndexOf("<send retrans=\"500\">");
        int[] cseq = {2};
        StringBuilder keys = new StringBuilder("\n").append(talking(16_000));
        keys.append(info("8", cseq)).append(talking(7_000));
        keys.append(info(reference, cseq)).append(talking(5_500));
        keys.append(info(amka, cseq)).append(talking(6_000)).append("  ");
        Path file = Path.of("target", "sipp", name + ".xml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, base.substring(0, afterAck).replace("complaint-caller-presses-1", name) + keys
                + base.substring(bye).replace("CSeq: 2 BYE", "CSeq: " + cseq[0] + " BYE"),
                StandardCharsets.ISO_8859_1);
        return file.toAbsolutePath();
    }

    /**
     * {@code millis} of the caller's audio: a line that hears no RTP for long takes the call for dead and hangs up,
     * so the scenario plays sipp's G.711 capture (about 6 s) again and again while it waits.
     */
    private static String talking(long millis) {
        StringBuilder xml = new StringBuilder();
        for (long left = millis; left > 0; left -= 5_000) {
            xml.append("  <nop><action><exec play_pcap_audio=\"/usr/share/sip-tester/g711a.pcap\"/></action></nop>\n")
                    .append("  <pause milliseconds=\"").append(Math.min(5_000, left)).append("\"/>\n");
        }
        return xml.toString();
    }

    private static String info(String digits, int[] cseq) {
        StringBuilder xml = new StringBuilder();
        for (char d : digits.toCharArray()) {
            xml.append("""
                      <send retrans="500">
                        <![CDATA[
                          INFO sip:[service]@[remote_ip]:[remote_port] SIP/2.0
                          Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
                          From: caller <sip:30690000[call_number]@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
                          [last_To:]
                          Call-ID: [call_id]
                          CSeq: %d INFO
                          Contact: <sip:30690000[call_number]@[local_ip]:[local_port]>
                          Max-Forwards: 70
                          Content-Type: application/dtmf-relay
                          Content-Length: [len]

                          Signal=%c
                          Duration=160
                        ]]>
                      </send>
                      <recv response="200" timeout="5000"/>
                      <pause milliseconds="250"/>
                    """.formatted(cseq[0]++, d));
            if (cseq[0] % 8 == 0) {
                xml.append("  <nop><action><exec play_pcap_audio=\"/usr/share/sip-tester/g711a.pcap\"/></action>"
                        + "</nop>\n");
            }
        }
        return xml.toString();
    }

    /** The metrics' count of phone status checks that found {@code result}. */
    private double checks(String result) {
        try {
            String scrape = WarHttp.get(base, "metrics", ReferenceServer.staff(Staff.ADMINISTRATOR)).body();
            Matcher m = Pattern.compile("(?m)^govcc_request_status_checks_total\\{[^}]*result=\"" + result
                    + "\"[^}]*\\} ([0-9.eE+-]+)$").matcher(scrape);
            return Optional.of(m).filter(Matcher::find).map(x -> Double.parseDouble(x.group(1))).orElse(0.0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
