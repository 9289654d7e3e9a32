package org.govcc.sip.container;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.stack.MessageChannel;
import gov.nist.javax.sip.stack.SIPMessageValve;
import gov.nist.javax.sip.stack.SIPTransaction;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.io.IOException;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.SipStack;
import javax.sip.header.Header;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Refuses, with the status RFC 3261 names, requests that JAIN-SIP parses but Restcomm would mishandle, before any
 * transaction or session exists for them:
 * <ul>
 *   <li>a request that filled the stack's whole datagram buffer ({@code gov.nist.javax.sip.MAX_MESSAGE_SIZE}): 513.
 *       The datagram was longer and the stack kept only its start; without this, an INVITE cut inside its headers
 *       was taken for a complete INVITE without an offer and answered 200;</li>
 *   <li>an INVITE without a Contact: 400 (the container failed while answering it, with a 500);</li>
 *   <li>BYE, INFO, UPDATE or PRACK outside any dialog (no To tag, or a dialog the stack does not know): 481 (the
 *       container answered 500, "cannot find the application").</li>
 *   <li>an initial request of a method no application is routed ({@value #ROUTED_METHODS}, set by the launcher from
 *       the application router's entries): 405 with {@code Allow}. Restcomm forwarded such a request as a proxy to
 *       its Request-URI, resolving the host by DNS on a stack thread (RFC 4475's {@code intmeth}, {@code esc02});</li>
 *   <li>a Date header that is not an RFC 1123 date in GMT (RFC 3261 25.1): 400.</li>
 * </ul>
 * Two repairs, so that the stack and Restcomm handle what RFC 3261 allows ({@code Rfc4475TortureIT}):
 * <ul>
 *   <li>a top Via whose transport is not the one the request came over (a TCP Via in a UDP datagram) gets the
 *       transport it came over: the response goes back the same way, and Restcomm, which looked up a listening
 *       point for the Via's transport, failed on a null one and answered nothing;</li>
 *   <li>a request whose branch is that of a server transaction it is not part of (RFC 3261 17.2.3: another sent-by
 *       or method) replaces that transaction: JAIN-SIP keys transactions by branch alone and took the new request
 *       for a retransmission, so it was never answered.</li>
 * </ul>
 * ACKs are dropped silently, and so is a response that filled the datagram buffer (it cannot be answered). Found by {@code MalformedSipIT}. (Not refused here: another protocol version than
 * SIP/2.0, because JAIN-SIP's parser rewrites the request line to SIP/2.0 before anyone can see it.) Installed by default through the stack property
 * {@code gov.nist.javax.sip.SIP_MESSAGE_VALVE}; the stack takes one valve, so a configuration that names another
 * (Restcomm's congestion-control valve) replaces this one.
 *
 * <p>Public only because the stack instantiates it by name; not API.
 *
 * @since 0.1
 */
public final class RequestSanityValve implements SIPMessageValve {

    private static final Logger LOG = Logger.getLogger(RequestSanityValve.class.getName());
    private static final Set<String> IN_DIALOG_ONLY = Set.of(Request.BYE, Request.INFO, Request.UPDATE, Request.PRACK);
    /** Methods the container handles for any application's sessions, whatever the router says. */
    private static final Set<String> ALWAYS = Set.of(Request.ACK, Request.BYE, Request.CANCEL);
    /** RFC 1123 date, GMT only (RFC 3261 25.1 SIP-date). */
    private static final Pattern SIP_DATE = Pattern.compile(
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} "
                    + "\\d{2}:\\d{2}:\\d{2} GMT");

    /**
     * Stack property: the methods initial requests may have, comma-separated (the application router's entries);
     * unset, every method passes.
     */
    public static final String ROUTED_METHODS = "org.govcc.sip.ROUTED_METHODS";

    /** Why a request is refused: a status code, its reason phrase and the Allow header's value (or null). */
    record Refusal(int status, String reason, String allow) {
        Refusal(int status, String reason) {
            this(status, reason, null);
        }
    }

    private static String allow(Set<String> routed) {
        Set<String> all = new TreeSet<>(routed);
        all.addAll(ALWAYS);
        return String.join(", ", all);
    }

    private static String headerValue(Header header) {
        String text = header.toString();
        int colon = text.indexOf(':');
        return (colon < 0 ? text : text.substring(colon + 1)).trim();
    }

    private volatile SIPTransactionStack stack;
    private volatile Set<String> routed;

    @Override
    public void init(SipStack sipStack) {
        this.stack = (SIPTransactionStack) sipStack;
        String methods = sipStack instanceof SipStackImpl
                ? ((SipStackImpl) sipStack).getConfigurationProperties().getProperty(ROUTED_METHODS) : null;
        this.routed = methods == null ? null : Arrays.stream(methods.split(",")).map(String::trim)
                .filter(m -> !m.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void destroy() {
        stack = null;
    }

    @Override
    public boolean processResponse(Response response, MessageChannel channel) {
        SIPTransactionStack s = stack;
        if (s != null && filledTheBuffer((SIPResponse) response, s.getMaxMessageSize())) {
            // A response cut short cannot be answered; dropped, so the transaction times out instead of using it.
            LOG.warning(() -> "dropped a response longer than the stack's limit of " + s.getMaxMessageSize()
                    + " bytes: " + ((SIPResponse) response).getCallId().getCallId());
            return false;
        }
        return true;
    }

    @Override
    public boolean processRequest(SIPRequest request, MessageChannel channel) {
        SIPTransactionStack s = stack;
        int limit = s == null ? Integer.MAX_VALUE : s.getMaxMessageSize();
        sameTransportInVia(request, channel); // before any answer: the answer's Via is a copy of this one
        Refusal refusal = refusalOf(request, limit,
                id -> s == null || s.getDialog(id) != null || s.getEarlyDialog(id) != null, routed);
        if (refusal == null) {
            freeBranch(request, s);
            return true;
        }
        if (!Request.ACK.equals(request.getMethod())) {
            try {
                SIPResponse response = request.createResponse(refusal.status(), refusal.reason());
                if (response.getToTag() == null) {
                    response.getTo().setTag(Long.toHexString(ThreadLocalRandom.current().nextLong()));
                }
                if (refusal.allow() != null) {
                    for (String m : refusal.allow().split(", ")) {
                        response.addHeader(new gov.nist.javax.sip.header.Allow(m));
                    }
                }
                // To where the channel answers, over the transport the request came in on: the channel kept the
                // transport the Via named before sameTransportInVia repaired it.
                channel.sendMessage(response, new gov.nist.javax.sip.stack.HopImpl(channel.getPeerAddress(),
                        channel.getPeerPort(), channel.getTransport()));
            } catch (IOException | ParseException | RuntimeException e) {
                LOG.log(Level.WARNING, "could not refuse " + request.getMethod() + " " + request.getCallId().getCallId()
                        + " with " + refusal.status(), e);
            }
        }
        LOG.fine(() -> "refused " + request.getMethod() + " " + request.getCallId().getCallId() + ": "
                + refusal.status() + " " + refusal.reason());
        return false;
    }

    /** Gives the top Via the transport the request came over. */
    private static void sameTransportInVia(SIPRequest request, MessageChannel channel) {
        Via top = request.getTopmostVia();
        String transport = channel.getTransport();
        if (top != null && transport != null && !transport.equalsIgnoreCase(top.getTransport())) {
            try {
                top.setTransport(transport.toUpperCase(Locale.ROOT));
            } catch (ParseException e) {
                LOG.log(Level.FINE, "could not set the Via transport", e);
            }
        }
    }

    /** Frees a branch that a server transaction holds which this request is not part of (RFC 3261 17.2.3). */
    private static void freeBranch(SIPRequest request, SIPTransactionStack s) {
        Via top = request.getTopmostVia();
        if (s != null && top != null && !Request.ACK.equals(request.getMethod())) {
            SIPTransaction existing = s.findTransaction(request, true);
            if (existing != null && !existing.isMessagePartOfTransaction(request)) {
                LOG.fine(() -> "branch " + top.getBranch() + " reused by another request ("
                        + request.getCallId().getCallId() + "): a new transaction");
                s.removeTransaction(existing);
            }
        }
    }

    /** Returns why {@code request} must be refused, or null to let it through (every method routed). */
    static Refusal refusalOf(SIPRequest request, int maxMessageSize, Predicate<String> dialogExists) {
        return refusalOf(request, maxMessageSize, dialogExists, null);
    }

    /**
     * Returns why {@code request} must be refused, or null to let it through; {@code routed} are the methods an
     * initial request may have (null: any).
     */
    static Refusal refusalOf(SIPRequest request, int maxMessageSize, Predicate<String> dialogExists,
                             Set<String> routed) {
        String method = request.getMethod();
        if (filledTheBuffer(request, maxMessageSize)) {
            return new Refusal(Response.MESSAGE_TOO_LARGE, "Message Too Large");
        }
        if (routed != null && request.getToTag() == null && !routed.contains(method) && !ALWAYS.contains(method)
                && !IN_DIALOG_ONLY.contains(method)) {
            return new Refusal(Response.METHOD_NOT_ALLOWED, "Method Not Allowed", allow(routed));
        }
        Header date = request.getHeader("Date");
        if (date != null && !SIP_DATE.matcher(headerValue(date)).matches()) {
            return new Refusal(Response.BAD_REQUEST, "Bad Date");
        }
        if (Request.INVITE.equals(method) && request.getToTag() == null && request.getContactHeader() == null) {
            return new Refusal(Response.BAD_REQUEST, "Missing Contact header");
        }
        if (IN_DIALOG_ONLY.contains(method)
                && (request.getToTag() == null || !dialogExists.test(request.getDialogId(true)))) {
            return new Refusal(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, "Call/Transaction Does Not Exist");
        }
        return null;
    }

    /**
     * Whether {@code message} took up the whole receive buffer, i.e. the datagram was probably longer and was cut.
     * The parser records the header section's length as the size (past the end of the buffer when no blank line
     * was found); the body, if any, is the rest of the buffer.
     */
    static boolean filledTheBuffer(SIPMessage message, int maxMessageSize) {
        byte[] body = message.getRawContent();
        return (long) message.getSize() + (body == null ? 0 : body.length) >= maxMessageSize;
    }
}
