package org.govcc.sip.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SipLogRedactionTest {

    /** A complainant's BYE as Restcomm quotes it when the call is already gone. */
    private static final String BYE = "Unexpected exception while processing request "
            + "BYE sip:1555@10.0.0.5:5060 SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 192.0.2.7:5062;branch=z9hG4bK-1635-23358-6\r\n"
            + "From: \"Maria P.\" <sip:+306912345678@operator.example;user=phone>;tag=1635SIPpTag0123358\r\n"
            + "To: <sip:1555@10.0.0.5>;tag=54864731_67bf247f\r\n"
            + "Call-ID: a4a630c7250ef31a@192.0.2.7\r\n"
            + "CSeq: 2 BYE\r\n"
            + "Contact: <sip:306912345678@192.0.2.7:5062>\r\n"
            + "P-Asserted-Identity: <tel:+30-691-234-5678>\r\n"
            + "Content-Length: 0\r\n";

    @Test
    void partiesAreMaskedAndWhatFindsTheCallIsKept() {
        String out = SipLogRedaction.redact(BYE);

        assertThat(out).doesNotContain("6912345678", "691", "Maria", "1555@")
                .contains("BYE sip:***@10.0.0.5:5060 SIP/2.0",
                        "Via: SIP/2.0/UDP 192.0.2.7:5062;branch=z9hG4bK-1635-23358-6",
                        "From: ***;tag=1635SIPpTag0123358", "To: ***;tag=54864731_67bf247f", "Contact: ***",
                        "P-Asserted-Identity: ***", "Call-ID: a4a630c7250ef31a@192.0.2.7", "CSeq: 2 BYE");
    }

    @Test
    void compactHeadersTelUrisAndLooseNumbersAreMaskedToo() {
        assertThat(SipLogRedaction.redact("f: <sip:caller@h>;tag=x\r\nm: <sip:caller@h>\r\n"))
                .isEqualTo("f: ***;tag=x\r\nm: ***\r\n");
        assertThat(SipLogRedaction.redact("no route for tel:+302101234567;phone-context=gr"))
                .isEqualTo("no route for tel:***;phone-context=gr");
        assertThat(SipLogRedaction.redact("caller 2101234567 hung up after 123456 ms"))
                .isEqualTo("caller *** hung up after 123456 ms");
        assertThat(SipLogRedaction.redact("transaction timed out")).isEqualTo("transaction timed out");
        assertThat(SipLogRedaction.redact((String) null)).isNull();
    }

    @Test
    void aThrowableKeepsItsClassStackAndCausesWithRedactedMessages() {
        IllegalStateException cause = new IllegalStateException("no session for sip:306912345678@192.0.2.7");
        Exception thrown = new Exception(BYE, cause);

        Throwable out = SipLogRedaction.redact(thrown);

        assertThat(out.getStackTrace()).isEqualTo(thrown.getStackTrace());
        assertThat(out.getCause().getStackTrace()).isEqualTo(cause.getStackTrace());
        assertThat(out.getCause().toString())
                .isEqualTo("java.lang.IllegalStateException: no session for sip:***@192.0.2.7");
        StringWriter printed = new StringWriter();
        out.printStackTrace(new PrintWriter(printed));
        assertThat(printed.toString()).startsWith("java.lang.Exception: Unexpected exception")
                .contains("Caused by: java.lang.IllegalStateException", "SipLogRedactionTest")
                .doesNotContain("6912345678");
        assertThat(SipLogRedaction.redact((Throwable) null)).isNull();
    }

    @Test
    void aCauseThatIsItsOwnAncestorEndsTheChain() {
        Exception a = new Exception("a 2101234567");
        Exception b = new Exception("b", a);
        a.initCause(b);

        Throwable out = SipLogRedaction.redact(a);

        assertThat(out.getMessage()).isEqualTo("a ***");
        assertThat(out.getCause().getMessage()).isEqualTo("b");
        assertThat(out.getCause().getCause()).isNull();
    }
}
