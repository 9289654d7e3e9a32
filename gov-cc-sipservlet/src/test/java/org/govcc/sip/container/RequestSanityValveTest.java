package org.govcc.sip.container;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.parser.StringMsgParser;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RequestSanityValveTest {

    private static final int LIMIT = 4096;
    private static final String SDP = "v=0\r\no=a 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            + "m=audio 9 RTP/AVP 0\r\n";

    @Test
    void letsAWellFormedInviteAndAnInDialogByeThrough() throws ParseException {
        assertThat(refusal(invite("SIP/2.0", true, SDP.length()), true)).isNull();
        assertThat(refusal(bye(";tag=ours"), true)).isNull();
    }

    @Test
    void refusesAnInviteWithoutContactWith400() throws ParseException {
        assertThat(refusal(invite("SIP/2.0", false, SDP.length()), true))
                .isEqualTo(new RequestSanityValve.Refusal(400, "Missing Contact header"));
    }

    @Test
    void refusesAByeOutsideAnyDialogWith481() throws ParseException {
        assertThat(refusal(bye(""), true).status()).as("no To tag").isEqualTo(481);
        assertThat(refusal(bye(";tag=gone"), false).status()).as("a dialog the stack does not know")
                .isEqualTo(481);
    }

    @Test
    void refusesARequestCutShortByTheDatagramLimitWith513() throws ParseException {
        String big = invite("SIP/2.0", true, SDP.length())
                .replace("Max-Forwards: 70", "Max-Forwards: 70\r\nSubject: " + "x".repeat(LIMIT));
        byte[] whole = big.getBytes(StandardCharsets.UTF_8);
        // What the stack's receive buffer keeps of a longer datagram: its first LIMIT bytes.
        assertThat(refusal(Arrays.copyOf(whole, LIMIT), true))
                .isEqualTo(new RequestSanityValve.Refusal(513, "Message Too Large"));
    }

    @Test
    void refusesARequestThatFillsTheBufferExactlyButNotOneByteShorter() throws ParseException {
        String small = invite("SIP/2.0", true, SDP.length());
        int padding = LIMIT - small.length();
        String exactlyAtLimit = small.replace("Max-Forwards: 70", "Max-Forwards: 70\r\nSubject: "
                + "x".repeat(padding - "\r\nSubject: ".length()));
        assertThat(exactlyAtLimit.length()).isEqualTo(LIMIT);
        assertThat(refusal(exactlyAtLimit.getBytes(StandardCharsets.UTF_8), true).status()).isEqualTo(513);
        String oneBelow = exactlyAtLimit.replace("Subject: x", "Subject: ");
        assertThat(refusal(oneBelow.getBytes(StandardCharsets.UTF_8), true)).isNull();
    }

    private static RequestSanityValve.Refusal refusal(String text, boolean dialogExists) throws ParseException {
        return refusal(text.getBytes(StandardCharsets.UTF_8), dialogExists);
    }

    private static RequestSanityValve.Refusal refusal(byte[] datagram, boolean dialogExists) throws ParseException {
        SIPRequest request = (SIPRequest) new StringMsgParser().parseSIPMessage(datagram, true, false, null);
        return RequestSanityValve.refusalOf(request, LIMIT, id -> dialogExists);
    }

    private static String invite(String version, boolean contact, int contentLength) {
        return "INVITE sip:1555@127.0.0.1 " + version + "\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1\r\n"
                + "From: <sip:a@127.0.0.1>;tag=1\r\nTo: <sip:1555@127.0.0.1>\r\nCall-ID: c1@127.0.0.1\r\n"
                + "CSeq: 1 INVITE\r\n" + (contact ? "Contact: <sip:a@127.0.0.1:5061>\r\n" : "")
                + "Max-Forwards: 70\r\nContent-Type: application/sdp\r\nContent-Length: " + contentLength
                + "\r\n\r\n" + SDP;
    }

    private static String bye(String toTag) {
        return "BYE sip:1555@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-2\r\n"
                + "From: <sip:a@127.0.0.1>;tag=1\r\nTo: <sip:1555@127.0.0.1>" + toTag + "\r\n"
                + "Call-ID: c1@127.0.0.1\r\nCSeq: 2 BYE\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n";
    }
}
