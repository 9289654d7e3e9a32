package org.govcc.sip.container;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.stack.MessageChannel;
import gov.nist.javax.sip.stack.SIPMessageValve;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.io.IOException;
import java.text.ParseException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.SipStack;
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

    /** Why a request is refused: a status code and its reason phrase. */
    record Refusal(int status, String reason) {
    }

    private volatile SIPTransactionStack stack;

    @Override
    public void init(SipStack sipStack) {
        this.stack = (SIPTransactionStack) sipStack;
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
        Refusal refusal = refusalOf(request, limit,
                id -> s == null || s.getDialog(id) != null || s.getEarlyDialog(id) != null);
        if (refusal == null) {
            return true;
        }
        if (!Request.ACK.equals(request.getMethod())) {
            try {
                SIPResponse response = request.createResponse(refusal.status(), refusal.reason());
                if (response.getToTag() == null) {
                    response.getTo().setTag(Long.toHexString(ThreadLocalRandom.current().nextLong()));
                }
                channel.sendMessage(response);
            } catch (IOException | ParseException | RuntimeException e) {
                LOG.log(Level.FINE, "could not refuse a request", e);
            }
        }
        LOG.fine(() -> "refused " + request.getMethod() + " " + request.getCallId().getCallId() + ": "
                + refusal.status() + " " + refusal.reason());
        return false;
    }

    /** Returns why {@code request} must be refused, or null to let it through. */
    static Refusal refusalOf(SIPRequest request, int maxMessageSize, Predicate<String> dialogExists) {
        String method = request.getMethod();
        if (filledTheBuffer(request, maxMessageSize)) {
            return new Refusal(Response.MESSAGE_TOO_LARGE, "Message Too Large");
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
