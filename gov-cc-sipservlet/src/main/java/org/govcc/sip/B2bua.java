package org.govcc.sip;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.call.SealedNumber;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.CallControl;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.HangUpReason;
import org.govcc.sip.media.DtmfDeduplicator;
import org.govcc.sip.media.MediaEngine;
import org.govcc.sip.media.MediaListener;
import org.govcc.sip.media.PromptCatalogue;
import org.govcc.sip.registrar.Registrar;

/**
 * The back-to-back user agent: the table of calls, their media and teardown, and the {@link CallControl} the engines
 * command. Its parts, each guarded by the same per-call monitor: {@link CallerRequests} (the caller's SIP requests,
 * where every refusal's status code is chosen), {@link CallerMedia} (prompts, the call's timer, keys),
 * {@link CallTeardown} (every leg and resource of an ending call), {@link OutgoingLegs} (agents' phones and a
 * transfer's trunk leg),
 * {@link CallerTransfers} (REFER and its bridged fall-back), {@link CallbackDialler} (callbacks through the trunk) and
 * {@link TrunkChallenges} (the trunk's URIs and digest answers).
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
    private static final AtomicLong SEQUENCE = new AtomicLong();

    final SipLineSettings settings;
    final MediaEngine media;
    final Clock clock;
    private final ExecutorService signals;
    final Map<CallId, SipCall> calls = new ConcurrentHashMap<>();
    final Admissions admissions;
    final CallerIdentities identities;
    final Map<String, SipCall> bySession = new ConcurrentHashMap<>();
    final String instance = Long.toString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFFL, 36);
    private volatile CallHandler handler;
    private volatile SipFactory sipFactory;
    private final TrunkChallenges trunk;
    private final CallbackDialler dialler;
    final CallerTransfers transfers;
    private final OutgoingLegs legs;
    private final CallerRequests requests;
    final LineMonitoring monitoring;
    private final CallerMedia callerMedia;
    private final CallTeardown teardown;

    B2bua(SipLineSettings settings, MediaEngine media, PromptCatalogue prompts, Registrar registrar, Clock clock) {
        this.settings = settings;
        this.media = media;
        this.clock = clock;
        this.admissions = new Admissions(settings.admissionLimit(), settings.lineAdmissionLimits());
        this.identities = new CallerIdentities(settings);
        this.signals = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "govcc-call-signals");
            t.setDaemon(true);
            return t;
        });
        this.trunk = new TrunkChallenges(settings, () -> sipFactory);
        this.dialler = new CallbackDialler(this, trunk);
        this.transfers = new CallerTransfers(this, trunk);
        this.legs = new OutgoingLegs(this, registrar, trunk, transfers);
        this.requests = new CallerRequests(this);
        this.monitoring = new LineMonitoring(this, registrar);
        this.callerMedia = new CallerMedia(this, prompts);
        this.teardown = new CallTeardown(this);
    }

    /** The container's factory, once attached. */
    SipFactory factory() {
        return sipFactory;
    }

    /** A new listener of a caller's (or a dialled citizen's) media for call {@code id}. */
    MediaListener callerListener(CallId id) {
        return callerMedia.listener(id);
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
        return new ResourceCounts(calls.size(), bySession.size() + monitoring.sessions(), media.openEndpoints(),
                media.pendingTimers());
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
        requests.drain();
    }

    // ------------------------------------------------------------------ SIP requests (see CallerRequests)

    void onInvite(SipServletRequest req) throws IOException {
        requests.onInvite(req);
    }

    void onAck(SipServletRequest req) {
        requests.onAck(req);
    }

    void onBye(SipServletRequest req) throws IOException {
        requests.onBye(req);
    }

    void onCancel(SipServletRequest req) {
        requests.onCancel(req);
    }

    void onInfo(SipServletRequest req) throws IOException {
        requests.onInfo(req);
    }

    void onNotify(SipServletRequest req) throws IOException {
        requests.onNotify(req);
    }

    void onOptions(SipServletRequest req) throws IOException {
        requests.onOptions(req);
    }

    void onUnexpected(SipServletRequest req) throws IOException {
        requests.onUnexpected(req);
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
        callerMedia.play(callId, announcements, bargeIn);
    }

    @Override
    public void stopPlayback(CallId callId) {
        callerMedia.stopPlayback(callId);
    }

    @Override
    public void armTimer(CallId callId, Duration delay) {
        callerMedia.armTimer(callId, delay);
    }

    @Override
    public void disarmTimer(CallId callId) {
        callerMedia.disarmTimer(callId);
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

    /** Holds or takes back the caller inside the line's own media relay ({@link CallerMedia#hold}). */
    @Override
    public void hold(CallId callId, boolean held) {
        callerMedia.hold(callId, held);
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

    @Override
    public boolean dialsSealedNumbers() {
        return true;
    }

    /** Dials a sealed line's caller back, withheld ({@link CallbackDialler#dialOutSealed}). */
    @Override
    public void dialOutSealed(CallId callId, LineId line, SealedNumber number, Duration ringTimeout) {
        dialler.dialOutSealed(callId, line, number, ringTimeout);
    }

    /** The sealed number of the caller of {@code callId}, a call of a sealed line in progress, if it has one. */
    Optional<SealedNumber> sealedCallerOf(CallId callId) {
        SipCall sc = calls.get(callId);
        if (sc == null) {
            return Optional.empty();
        }
        synchronized (sc) {
            return sc.state() == SipCall.State.ENDED ? Optional.empty() : Optional.ofNullable(sc.sealedCaller);
        }
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
            if (sc.state() == SipCall.State.TRANSFERRED) {
                return;
            }
        }
        end(sc, null, true);
    }

    @Override
    public void setLanguage(CallId callId, Language language) {
        callerMedia.setLanguage(callId, language);
    }

    // ------------------------------------------------------------------ internals

    /** Ends the call on every leg and releases everything it holds; idempotent (see {@link CallTeardown#end}). */
    void end(SipCall sc, CallSignal signal, boolean byeCaller) {
        teardown.end(sc, signal, byeCaller);
    }

    static boolean sameSession(SipSession a, SipSession b) {
        return a.getId().equals(b.getId());
    }

    /** A digit from the caller, by RTP or SIP INFO (see {@link CallerMedia#onDigit}). */
    void onDigit(SipCall sc, char digit, DtmfDeduplicator.Path path) {
        callerMedia.onDigit(sc, digit, path);
    }


    void signal(CallSignal s) {
        deliver(h -> h.onSignal(s));
    }

    /** A new call id, unique on this line; a refused call gets one too, so that its refusal can be recorded. */
    CallId newCallId() {
        return new CallId("c-" + instance + "-" + Long.toString(SEQUENCE.incrementAndGet(), 36));
    }

    void notifyRejected(CallId call, String reason) {
        deliver(h -> h.callRejected(call, reason));
    }

    void deliver(java.util.function.Consumer<CallHandler> action) {
        CallHandler h = handler;
        if (h != null) {
            onSignalThread(() -> action.accept(h));
        }
    }

    /** Runs {@code task} on the signal thread, after the signals before it; a task that throws is logged. */
    void onSignalThread(Runnable task) {
        try {
            signals.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "call handler or monitoring listener failed", e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.fine("signal after shutdown dropped");
        }
    }
}
