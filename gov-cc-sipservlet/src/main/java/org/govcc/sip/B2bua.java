package org.govcc.sip;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.sip.SipFactory;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipServletResponse;
import javax.servlet.sip.SipSession;
import javax.servlet.sip.SipURI;
import javax.servlet.sip.URI;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.CallControl;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.HangUpReason;
import org.govcc.api.internal.Require;
import org.govcc.sip.media.AudioClip;
import org.govcc.sip.media.Codec;
import org.govcc.sip.media.Dtmf;
import org.govcc.sip.media.DtmfDeduplicator;
import org.govcc.sip.media.MediaEngine;
import org.govcc.sip.media.MediaListener;
import org.govcc.sip.media.NoMediaPortException;
import org.govcc.sip.media.PromptCatalogue;
import org.govcc.sip.media.RtpEndpoint;
import org.govcc.sip.registrar.Registrar;

/**
 * The back-to-back user agent: answers callers, runs their media, rings agents' phones and bridges the legs, and
 * implements {@link CallControl} for the engines. SIP status codes for every refusal are chosen here, in one place.
 *
 * <p>Media path: <b>relayed</b> through the line's own RTP endpoints, not re-INVITEd to direct media. The caller's
 * media address never changes (no re-INVITE to a citizen's phone or trunk, which many handle badly), the line can
 * play announcements into a bridged call and take the caller back into the queue when an agent leg fails, and the
 * agent never learns the caller's network address (the confidential line needs that). The price is one relayed
 * packet per 20 ms per direction, measured by the load script.
 *
 * <p>Thread-safe: SIP threads, media threads and the engines' threads meet under each call's monitor; the handler
 * is called on one signal thread only.
 */
final class B2bua implements LineCallControl {

    private static final Logger LOG = Logger.getLogger(B2bua.class.getName());
    private static final String ALLOW = "INVITE, ACK, BYE, CANCEL, OPTIONS, INFO, NOTIFY, REGISTER";
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final Duration SESSION_GRACE = Duration.ofSeconds(2);
    /** The From of RFC 3323 section 4.1.1.3: who calls is withheld. */
    private static final String ANONYMOUS = "\"Anonymous\" <sip:anonymous@anonymous.invalid>";

    final SipLineSettings settings;
    final MediaEngine media;
    private final PromptCatalogue prompts;
    final Clock clock;
    private final ExecutorService signals;
    final Map<CallId, SipCall> calls = new ConcurrentHashMap<>();
    final Admissions admissions;
    /** Set when the line is shutting down: new calls are refused, calls in progress go on. */
    private volatile boolean draining;
    final Map<String, SipCall> bySession = new ConcurrentHashMap<>();
    private final String instance = Long.toString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFFL, 36);
    private volatile CallHandler handler;
    private volatile SipFactory sipFactory;
    private final TrunkChallenges trunk;
    private final CallbackDialler dialler;
    private final CallerTransfers transfers;
    private final OutgoingLegs legs;

    B2bua(SipLineSettings settings, MediaEngine media, PromptCatalogue prompts, Registrar registrar, Clock clock) {
        this.settings = settings;
        this.media = media;
        this.prompts = prompts;
        this.clock = clock;
        this.admissions = new Admissions(settings.admissionLimit(), settings.lineAdmissionLimits());
        this.signals = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "govcc-call-signals");
            t.setDaemon(true);
            return t;
        });
        this.trunk = new TrunkChallenges(settings, () -> sipFactory);
        this.dialler = new CallbackDialler(this, trunk);
        this.transfers = new CallerTransfers(this, trunk);
        this.legs = new OutgoingLegs(this, registrar, trunk, transfers);
    }

    /** The container's factory, once attached. */
    SipFactory factory() {
        return sipFactory;
    }

    /** A new listener of a caller's (or a dialled citizen's) media for call {@code id}. */
    MediaListener callerListener(CallId id) {
        return new CallListener(id);
    }

    void setHandler(CallHandler callHandler) {
        this.handler = callHandler;
    }

    void attach(SipFactory factory) {
        this.sipFactory = factory;
    }

    @Override
    public String id() {
        return "sip-b2bua";
    }

    ResourceCounts resources() {
        return new ResourceCounts(calls.size(), bySession.size(), media.openEndpoints(), media.pendingTimers());
    }

    int activeCalls() {
        return calls.size();
    }

    void shutdown() {
        for (SipCall c : List.copyOf(calls.values())) {
            end(c, null, true);
        }
        signals.shutdown();
        try {
            signals.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ SIP requests

    /** Refuses new calls from now on (503 with Retry-After); calls in progress are not touched. */
    void drain() {
        draining = true;
    }

    void onInvite(SipServletRequest req) throws IOException {
        if (!req.isInitial()) {
            onReInvite(req);
            return;
        }
        // RFC 3261 17.2.1: a proxy or a UAS that takes time should say it has the INVITE, so that the caller stops
        // retransmitting it; the line may take a database or IVR start before its 200.
        req.createResponse(SipServletResponse.SC_TRYING).send();
        URI ruri = req.getRequestURI();
        String user = ruri instanceof SipURI ? ((SipURI) ruri).getUser() : null;
        LineId line = user == null ? null : settings.lines().get(user);
        if (line == null) {
            reject(req, SipServletResponse.SC_NOT_FOUND, "No such line");
            invalidate(req.getApplicationSession());
            return;
        }
        if (draining) {
            SipServletResponse r = req.createResponse(SipServletResponse.SC_SERVICE_UNAVAILABLE, "Line closing");
            r.setHeader("Retry-After", Long.toString(settings.retryAfter().toSeconds()));
            r.send();
            invalidate(req.getApplicationSession());
            notifyRejected(newCallId(), "the line is shutting down");
            return;
        }
        Optional<String> refusal = admissions.admit(line);
        if (refusal.isPresent()) {
            SipServletResponse r = req.createResponse(SipServletResponse.SC_SERVICE_UNAVAILABLE, "Line busy");
            r.setHeader("Retry-After", Long.toString(settings.retryAfter().toSeconds()));
            r.send();
            invalidate(req.getApplicationSession());
            notifyRejected(newCallId(), refusal.get());
            return;
        }
        boolean started = false;
        try {
            started = answer(req, line);
        } finally {
            if (!started) {
                admissions.release(line);
                invalidate(req.getApplicationSession());
            }
        }
    }

    /** Answers an admitted INVITE; returns whether a call now exists (holding its admission). */
    private boolean answer(SipServletRequest req, LineId line) throws IOException {
        Sdp offer = null;
        byte[] body = req.getRawContent();
        if (body != null && body.length > 0) {
            String type = req.getContentType();
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/sdp")) {
                SipServletResponse r = req.createResponse(SipServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
                r.setHeader("Accept", "application/sdp");
                r.send();
                return false;
            }
            try {
                offer = Sdp.parse(new String(body, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                reject(req, SipServletResponse.SC_BAD_REQUEST, "Bad SDP");
                return false;
            }
            if (offer.preferredCodec() == null) {
                reject(req, SipServletResponse.SC_NOT_ACCEPTABLE_HERE, "PCMU or PCMA required");
                return false;
            }
        }
        CallId callId = newCallId();
        CallListener listener = new CallListener(callId);
        RtpEndpoint endpoint;
        try {
            endpoint = media.open(listener);
        } catch (NoMediaPortException e) {
            SipServletResponse r = req.createResponse(SipServletResponse.SC_SERVICE_UNAVAILABLE, "No media port");
            r.setHeader("Retry-After", Long.toString(settings.retryAfter().toSeconds()));
            r.send();
            notifyRejected(callId, "no RTP port");
            return false;
        }
        Call call = Call.inbound(callId, line, callerOf(req), settings.defaultLanguage(), clock.instant());
        SipCall sc = new SipCall(call, req.getSession(), endpoint);
        String answer;
        if (offer != null) {
            Codec codec = offer.preferredCodec();
            endpoint.connect(new InetSocketAddress(offer.address(), offer.port()), codec,
                    offer.telephoneEventPayloadType());
            endpoint.setSending(offer.peerReceives());
            endpoint.setExpectingMedia(offer.peerSends());
            List<Codec> ours = new ArrayList<>();
            ours.add(codec);
            for (Codec c : Codec.values()) {
                if (c != codec && offer.payloadTypes().contains(c.payloadType())) {
                    ours.add(c);
                }
            }
            answer = Sdp.write(endpoint.localAddress(), endpoint.localPort(), ours, offer.telephoneEventPayloadType(),
                    offer.answerDirection());
        } else {
            answer = Sdp.write(endpoint.localAddress(), endpoint.localPort(), List.of(Codec.PCMU, Codec.PCMA), 101,
                    "sendrecv");
        }
        calls.put(callId, sc);
        bySession.put(req.getSession().getId(), sc);
        SipServletResponse ok = req.createResponse(SipServletResponse.SC_OK);
        ok.setContent(answer.getBytes(StandardCharsets.US_ASCII), "application/sdp");
        try {
            ok.send();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not answer " + callId, e);
            end(sc, null, false); // releases the admission too
        }
        return true;
    }

    void onAck(SipServletRequest req) {
        SipCall sc = bySession.get(req.getSession().getId());
        if (sc == null) {
            return;
        }
        Call started = null;
        synchronized (sc) {
            if (sc.state != SipCall.State.ANSWERED) {
                return;
            }
            sc.state = SipCall.State.ACTIVE;
            started = sc.call;
            byte[] body = rawContent(req);
            if (body != null && body.length > 0) {
                try {
                    Sdp answer = Sdp.parse(new String(body, StandardCharsets.UTF_8));
                    Codec codec = answer.preferredCodec();
                    if (codec != null) {
                        sc.callerEndpoint.connect(new InetSocketAddress(answer.address(), answer.port()), codec,
                                answer.telephoneEventPayloadType());
                    }
                } catch (IllegalArgumentException e) {
                    LOG.fine(() -> "ignoring bad SDP in ACK: " + e.getMessage());
                }
            }
        }
        Call c = started;
        deliver(h -> h.callStarted(c));
    }

    void onBye(SipServletRequest req) throws IOException {
        req.createResponse(SipServletResponse.SC_OK).send();
        SipCall sc = bySession.get(req.getSession().getId());
        if (sc == null) {
            return;
        }
        if (sameSession(req.getSession(), sc.callerSession)) {
            end(sc, new CallSignal.CallerHungUp(sc.call.id(), clock.instant()), false);
        } else {
            boolean ours;
            AgentId agent;
            synchronized (sc) {
                ours = sc.leg != null && sameSession(sc.leg.session, req.getSession());
                agent = ours ? sc.leg.agent : null;
                if (ours) {
                    sc.leg.state = SipCall.LegState.DONE;
                }
            }
            if (ours) {
                // The outside leg of a transfer has no agent: the handler left that call, so nothing is signalled.
                end(sc, agent == null ? null : new CallSignal.AgentHungUp(sc.call.id(), agent, clock.instant()), true);
            }
        }
    }

    void onCancel(SipServletRequest req) {
        // The container has already answered the INVITE 487; release what the INVITE took.
        SipCall sc = bySession.get(req.getSession().getId());
        if (sc != null) {
            end(sc, new CallSignal.CallerHungUp(sc.call.id(), clock.instant()), false);
        }
    }

    void onInfo(SipServletRequest req) throws IOException {
        SipCall sc = bySession.get(req.getSession().getId());
        if (sc == null) {
            reject(req, SipServletResponse.SC_CALL_LEG_DONE, null);
            return;
        }
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        byte[] body = req.getRawContent();
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        char digit;
        if (type.startsWith("application/dtmf-relay")) {
            digit = Dtmf.parseDtmfRelay(text);
        } else if (type.startsWith("application/dtmf")) {
            String t = text.trim();
            digit = t.length() == 1 ? Dtmf.eventToDigit(Dtmf.digitToEvent(t.charAt(0))) : 0;
        } else {
            SipServletResponse r = req.createResponse(SipServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            r.setHeader("Accept", "application/dtmf-relay, application/dtmf");
            r.send();
            return;
        }
        if (digit == 0) {
            reject(req, SipServletResponse.SC_BAD_REQUEST, "No DTMF signal");
            return;
        }
        req.createResponse(SipServletResponse.SC_OK).send();
        if (sameSession(req.getSession(), sc.callerSession)) {
            onDigit(sc, digit, DtmfDeduplicator.Path.SIP_INFO);
        }
    }

    /**
     * A NOTIFY of the implicit subscription of our REFER (RFC 3515): answered 200; its message/sipfrag body says how
     * the caller's side got on. A final 2xx completes the transfer (the line leaves the call), a final failure falls
     * back to bridging the caller through the gateway. A NOTIFY for no transfer of ours gets 481.
     */
    void onNotify(SipServletRequest req) throws IOException {
        SipCall sc = bySession.get(req.getSession().getId());
        boolean subscribed = false;
        if (sc != null) {
            synchronized (sc) {
                subscribed = sc.state == SipCall.State.TRANSFERRING && sc.transfer != null
                        && sc.transfer.phase != SipCall.TransferPhase.BRIDGING
                        && sameSession(req.getSession(), sc.callerSession);
            }
        }
        if (!subscribed) {
            reject(req, SipServletResponse.SC_CALL_LEG_DONE, "No such subscription");
            return;
        }
        String event = req.getHeader("Event");
        int semicolon = event == null ? -1 : event.indexOf(';');
        String eventPackage = event == null ? "" : (semicolon < 0 ? event : event.substring(0, semicolon)).trim();
        if (!"refer".equalsIgnoreCase(eventPackage)) {
            reject(req, SipServletResponse.SC_BAD_EVENT, null);
            return;
        }
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        byte[] body = rawContent(req);
        int status = type.startsWith("message/sipfrag") && body != null
                ? Sipfrag.status(new String(body, StandardCharsets.UTF_8)) : -1;
        String subscriptionState = req.getHeader("Subscription-State");
        boolean terminated = subscriptionState != null
                && subscriptionState.trim().toLowerCase(Locale.ROOT).startsWith("terminated");
        req.createResponse(SipServletResponse.SC_OK).send();
        CallId id = sc.call.id();
        if (status >= 200 && status < 300) {
            LOG.info(() -> "transfer of " + id + " completed by the caller's side: leaving the call");
            transfers.complete(sc, true);
        } else if (status >= 300 || terminated) {
            transfers.fallBack(sc, status >= 300 ? "the caller's side reported " + status
                    : "subscription ended without a final result");
        } else {
            synchronized (sc) {
                if (sc.transfer != null && sc.transfer.phase == SipCall.TransferPhase.REFERRED) {
                    sc.transfer.phase = SipCall.TransferPhase.ACCEPTED; // the NOTIFY overtook the 202
                }
            }
        }
    }

    void onOptions(SipServletRequest req) throws IOException {
        SipServletResponse r = req.createResponse(SipServletResponse.SC_OK);
        r.setHeader("Allow", ALLOW);
        r.setHeader("Accept", "application/sdp, application/dtmf-relay");
        r.send();
    }

    void onUnexpected(SipServletRequest req) throws IOException {
        if ("ACK".equals(req.getMethod())) {
            return;
        }
        SipServletResponse r = req.createResponse(SipServletResponse.SC_METHOD_NOT_ALLOWED);
        r.setHeader("Allow", ALLOW);
        r.send();
    }

    private void onReInvite(SipServletRequest req) throws IOException {
        SipCall sc = bySession.get(req.getSession().getId());
        if (sc == null) {
            reject(req, SipServletResponse.SC_CALL_LEG_DONE, null);
            return;
        }
        RtpEndpoint endpoint;
        synchronized (sc) {
            if (sameSession(req.getSession(), sc.callerSession)) {
                endpoint = sc.callerEndpoint;
            } else if (sc.leg != null && sameSession(sc.leg.session, req.getSession())) {
                endpoint = sc.leg.endpoint;
            } else {
                endpoint = null;
            }
        }
        if (endpoint == null) {
            reject(req, SipServletResponse.SC_CALL_LEG_DONE, null);
            return;
        }
        byte[] body = req.getRawContent();
        String direction = "sendrecv";
        List<Codec> codecs = List.of(endpoint.codec());
        int te = -1;
        if (body != null && body.length > 0) {
            Sdp offer;
            try {
                offer = Sdp.parse(new String(body, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                reject(req, SipServletResponse.SC_BAD_REQUEST, "Bad SDP");
                return;
            }
            Codec codec = offer.preferredCodec();
            if (codec == null) {
                reject(req, SipServletResponse.SC_NOT_ACCEPTABLE_HERE, "PCMU or PCMA required");
                return;
            }
            te = offer.telephoneEventPayloadType();
            endpoint.connect(new InetSocketAddress(offer.address(), offer.port()), codec, te);
            endpoint.setSending(offer.peerReceives());
            endpoint.setExpectingMedia(offer.peerSends());
            direction = offer.answerDirection();
            codecs = List.of(codec);
        }
        SipServletResponse ok = req.createResponse(SipServletResponse.SC_OK);
        ok.setContent(Sdp.write(endpoint.localAddress(), endpoint.localPort(), codecs, te, direction)
                .getBytes(StandardCharsets.US_ASCII), "application/sdp");
        ok.send();
    }

    // ------------------------------------------------------------------ SIP responses (agent legs)

    void onResponse(SipServletResponse resp) throws IOException {
        if ("REFER".equals(resp.getMethod())) {
            transfers.onReferResponse(resp);
            return;
        }
        if (!"INVITE".equals(resp.getMethod())) {
            return;
        }
        SipCall sc = bySession.get(resp.getSession().getId());
        int status = resp.getStatus();
        if (sc == null) {
            if (status >= 200 && status < 300) {
                resp.createAck().send();
                resp.getSession().createRequest("BYE").send();
            }
            return;
        }
        if (sameSession(sc.callerSession, resp.getSession())) {
            dialler.onResponse(sc, resp);
            return;
        }
        legs.onResponse(sc, resp);
    }

    // ------------------------------------------------------------------ CallControl

    @Override
    public void play(CallId callId, List<Announcement> announcements, boolean bargeIn) {
        SipCall sc = calls.get(callId);
        if (sc == null) {
            return;
        }
        Language language = sc.call.language();
        List<AudioClip> clips = new ArrayList<>();
        for (Announcement a : announcements) {
            try {
                clips.addAll(prompts.render(a, language));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "prompt catalogue failed for " + a + "; skipping it", e);
            }
        }
        synchronized (sc) {
            if (sc.handlerOwns()) {
                sc.callerEndpoint.play(clips, bargeIn);
            }
        }
    }

    @Override
    public void stopPlayback(CallId callId) {
        SipCall sc = calls.get(callId);
        if (sc != null) {
            sc.callerEndpoint.stopPlayback();
        }
    }

    @Override
    public void armTimer(CallId callId, Duration delay) {
        SipCall sc = calls.get(callId);
        if (sc == null) {
            return;
        }
        synchronized (sc) {
            if (!sc.handlerOwns()) {
                return;
            }
            SipCall.cancel(sc.timer);
            MediaEngine.Cancellable[] self = new MediaEngine.Cancellable[1];
            self[0] = media.schedule(() -> {
                synchronized (sc) {
                    if (sc.timer != self[0] || !sc.handlerOwns()) {
                        return;
                    }
                    sc.timer = null;
                }
                signal(new CallSignal.TimerFired(callId, clock.instant()));
            }, delay);
            sc.timer = self[0];
        }
    }

    @Override
    public void disarmTimer(CallId callId) {
        SipCall sc = calls.get(callId);
        if (sc == null) {
            return;
        }
        synchronized (sc) {
            sc.timer = SipCall.cancel(sc.timer);
        }
    }

    @Override
    public void connectToAgent(CallId callId, AgentId agent, CallVariables variables, Duration ringTimeout) {
        legs.connectToAgent(callId, agent, ringTimeout);
    }

    @Override
    public boolean releasesAgents() {
        return true;
    }

    /** Takes {@code agent}'s leg off the call; the caller stays, on the line's own media ({@link OutgoingLegs}). */
    @Override
    public void releaseAgent(CallId callId, AgentId agent) {
        legs.releaseAgent(callId, agent);
    }

    @Override
    public boolean holdsCalls() {
        return true;
    }

    /** Holds or takes back the caller inside the line's own media relay ({@link OutgoingLegs}). */
    @Override
    public void hold(CallId callId, boolean held) {
        legs.hold(callId, held);
    }

    /** Rings a leg bridged to the caller once answered (see {@link OutgoingLegs#ring}). */
    Exception ringLeg(SipCall sc, AgentId agent, String to, String requestUri, Duration ringTimeout) {
        return legs.ring(sc, agent, to, requestUri, ringTimeout);
    }

    /** Ends an outgoing leg taken off the call (see {@link OutgoingLegs#release}). */
    void releaseLeg(SipCall sc, SipCall.Leg leg) {
        legs.release(sc, leg);
    }

    /** Dials a citizen for a callback ({@link CallbackDialler}). */
    @Override
    public void dialOut(CallId callId, PhoneNumber number, Duration ringTimeout) {
        dialler.dialOut(callId, number, ringTimeout);
    }

    /**
     * Transfers the caller to an outside number by REFER, or by bridging through the trunk when the caller's side
     * cannot ({@link CallerTransfers}); the caller is never hung up on because it failed.
     */
    @Override
    public void transfer(CallId callId, PhoneNumber number) {
        transfers.transfer(callId, number);
    }

    /**
     * Ends the call on every leg (a transfer in progress is abandoned); ignored for a call whose transfer completed
     * (the handler left that call).
     */
    @Override
    public void hangUp(CallId callId, HangUpReason reason) {
        SipCall sc = calls.get(callId);
        if (sc == null) {
            return;
        }
        synchronized (sc) {
            if (sc.state == SipCall.State.TRANSFERRED) {
                return;
            }
        }
        end(sc, null, true);
    }

    @Override
    public void setLanguage(CallId callId, Language language) {
        SipCall sc = calls.get(callId);
        if (sc != null) {
            synchronized (sc) {
                sc.call = sc.call.withLanguage(language);
            }
        }
    }

    // ------------------------------------------------------------------ internals

    /**
     * Ends the call on every leg and releases everything it holds; idempotent.
     *
     * @param signal what to tell the handler, or null; dropped for a call transferred away (the handler left it)
     * @param byeCaller whether the caller's leg must be sent a BYE (false when the caller ended it)
     */
    void end(SipCall sc, CallSignal signal, boolean byeCaller) {
        SipCall.Leg leg;
        List<SipCall.Leg> abandoned;
        boolean callerBye;
        boolean handlerLeft;
        synchronized (sc) {
            if (sc.state == SipCall.State.ENDED) {
                return;
            }
            callerBye = byeCaller;
            handlerLeft = sc.state == SipCall.State.TRANSFERRED;
            if (sc.transfer != null) {
                sc.transfer.guard = SipCall.cancel(sc.transfer.guard);
            }
            boolean wasDialling = sc.state == SipCall.State.DIALLING;
            sc.state = SipCall.State.ENDED;
            if (wasDialling && sc.outboundInvite != null && !(signal instanceof CallSignal.DialFailed)) {
                try {
                    sc.outboundInvite.createCancel().send();
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.FINE, "CANCEL of the outbound call failed", e);
                }
            }
            sc.dialTimer = SipCall.cancel(sc.dialTimer);
            sc.timer = SipCall.cancel(sc.timer);
            leg = sc.leg;
            sc.leg = null;
            abandoned = new ArrayList<>(sc.abandonedLegs);
            sc.abandonedLegs.clear();
        }
        if (calls.remove(sc.call.id(), sc)) {
            admissions.release(sc.call.line());
        }
        bySession.remove(sc.callerSession.getId(), sc);
        sc.callerEndpoint.close();
        if (callerBye) {
            sendBye(sc.callerSession);
        }
        if (leg != null) {
            releaseLeg(sc, leg);
        }
        for (SipCall.Leg l : abandoned) {
            bySession.remove(l.session.getId(), sc);
            l.endpoint.close();
        }
        // Give the BYE/CANCEL transactions time to finish, then make sure the container forgets the call.
        javax.servlet.sip.SipApplicationSession appSession = sc.callerSession.getApplicationSession();
        media.later(() -> invalidate(appSession), SESSION_GRACE);
        if (signal != null && !handlerLeft) {
            signal(signal);
        }
    }

    /** Invalidates a finished application session; harmless if the container already did. */
    static void invalidate(javax.servlet.sip.SipApplicationSession appSession) {
        try {
            if (appSession != null && appSession.isValid()) {
                appSession.invalidate();
            }
        } catch (IllegalStateException e) {
            LOG.log(Level.FINEST, "application session already invalid", e);
        }
    }

    static boolean sameSession(SipSession a, SipSession b) {
        return a.getId().equals(b.getId());
    }

    static void sendBye(SipSession session) {
        try {
            if (session.isValid() && session.getState() == SipSession.State.CONFIRMED) {
                session.createRequest("BYE").send();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "BYE failed", e);
        }
    }

    private void onDigit(SipCall sc, char digit, DtmfDeduplicator.Path path) {
        if (!sc.dtmf.accept(digit, path, System.nanoTime())) {
            return;
        }
        synchronized (sc) {
            if (sc.state != SipCall.State.ACTIVE) {
                return;
            }
        }
        signal(new CallSignal.DigitPressed(sc.call.id(), digit, clock.instant()));
    }

    void signal(CallSignal s) {
        deliver(h -> h.onSignal(s));
    }

    /** A new call id, unique on this line; a refused call gets one too, so that its refusal can be recorded. */
    private CallId newCallId() {
        return new CallId("c-" + instance + "-" + Long.toString(SEQUENCE.incrementAndGet(), 36));
    }

    private void notifyRejected(CallId call, String reason) {
        deliver(h -> h.callRejected(call, reason));
    }

    private void deliver(java.util.function.Consumer<CallHandler> action) {
        CallHandler h = handler;
        if (h == null) {
            return;
        }
        try {
            signals.execute(() -> {
                try {
                    action.accept(h);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "call handler failed", e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.fine("signal after shutdown dropped");
        }
    }

    /**
     * Returns the From of an INVITE the line sends for {@code call}: the caller's number on a standard line, the
     * anonymous identity of RFC 3323 on a sealed line or for a caller who presented no number.
     */
    String fromUri(Call call) {
        Optional<PhoneNumber> number = call.caller().number();
        if (settings.isSealed(call.line()) || number.isEmpty()) {
            return ANONYMOUS;
        }
        return "<sip:" + number.get().digits() + "@" + settings.realm() + ">";
    }

    private static CallerId callerOf(SipServletRequest req) {
        String privacy = req.getHeader("Privacy");
        if (privacy != null && privacy.toLowerCase(Locale.ROOT).contains("id")) {
            return CallerId.anonymous();
        }
        URI from = req.getFrom().getURI();
        String user = from instanceof SipURI ? ((SipURI) from).getUser() : null;
        if (user != null) {
            try {
                return CallerId.of(new PhoneNumber(user));
            } catch (IllegalArgumentException e) {
                return CallerId.anonymous();
            }
        }
        return CallerId.anonymous();
    }

    private static void reject(SipServletRequest req, int status, String reason) throws IOException {
        (reason == null ? req.createResponse(status) : req.createResponse(status, reason)).send();
    }

    private static byte[] rawContent(SipServletRequest req) {
        try {
            return req.getRawContent();
        } catch (IOException e) {
            return null;
        }
    }

    /** Media events of a caller's endpoint. */
    private final class CallListener implements MediaListener {
        private final CallId callId;

        CallListener(CallId callId) {
            this.callId = Require.nonNull(callId, "callId");
        }

        @Override
        public void digit(char digit) {
            SipCall sc = calls.get(callId);
            if (sc != null) {
                onDigit(sc, digit, DtmfDeduplicator.Path.RTP);
            }
        }

        @Override
        public void playbackFinished() {
            SipCall sc = calls.get(callId);
            if (sc != null && sc.state == SipCall.State.ACTIVE) {
                signal(new CallSignal.PromptFinished(callId, clock.instant()));
            }
        }

        @Override
        public void inactive() {
            SipCall sc = calls.get(callId);
            if (sc != null) {
                LOG.info(() -> "no RTP from the caller of " + callId + ": ending the call");
                end(sc, new CallSignal.CallerHungUp(callId, clock.instant()), true);
            }
        }
    }
}
