package org.govcc.reference.cdi;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.event.CallCentreListener;
import org.govcc.reference.config.IvrLookups;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.desk.DeskService;
import org.govcc.reference.line.LineSettings;
import org.govcc.reference.line.ReferenceLine;
import org.govcc.reference.line.RestoredCallbacks;
import org.govcc.reference.operations.LineMetrics;
import org.govcc.reference.security.keys.CallbackNumberSeal;
import org.govcc.reference.security.keys.CallerHasher;
import org.govcc.reference.urgent.UrgentCalls;
import org.govcc.reference.supervision.WallboardService;

/**
 * Starts the reference line's SIP side when the WAR is deployed and stops it on undeploy, so that one WildFly
 * process serves HTTP and SIP.
 *
 * <p>On undeploy the line drains first (new calls get 503, calls in progress go on up to {@code govcc.drain.seconds}),
 * then the records of what ended meanwhile are written.
 *
 * <p>Start and stop run on a short-lived thread of their own: the SIP container sets thread-locals and JVM-wide
 * properties that must not stick to WildFly's pooled threads.
 */
@ApplicationScoped
public class SipLineLifecycle {

    private static final Logger LOG = Logger.getLogger(SipLineLifecycle.class.getName());

    private final AtomicReference<ReferenceLine> line = new AtomicReference<>();

    @Inject
    Clock clock;

    @Inject
    CallRecorder recorder;

    @Inject
    LineMetrics metrics;

    @Inject
    DeskService desk;

    @Inject
    WallboardService wallboard;

    @Inject
    RequestStatusLookup requestStatus;

    @Inject
    DatabaseStartup database;

    @Inject
    LineConfiguration configuration;

    @Inject
    CallRecordsService records;

    @Inject
    CallerHasher hasher;

    @Inject
    UrgentCalls urgent;

    @Inject
    CallbackNumberSeal callbackSeal;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // The schema is migrated and the last run's open calls closed before this line records a new one.
        database.ready();
        ClassLoader warLoader = Thread.currentThread().getContextClassLoader();
        Path dataDir = Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")));
        // Every event goes to the call records, the metrics, the agents' desktops, the supervisors' urgent-call
        // alerts and the live wallboard (with the distributor's statistics).
        CallCentreListener events = new CallCentreListener() {
            @Override
            public void onEvent(CallCentreEvent event) {
                recorder.onEvent(event);
                metrics.onEvent(event);
                desk.onEvent(event);
                urgent.onEvent(event);
                wallboard.onEvent(event);
            }
        };
        runOnOwnThread("govcc-sip-start", warLoader, () -> line.set(ReferenceLine.start(
                LineSettings.fromSystemProperties(dataDir), configuration, warLoader, events, clock,
                Map.of(IvrLookups.REQUEST_STATUS, requestStatus),
                // A sealed line keeps its caller only as an HMAC under the credential store's key: calls linked,
                // the number not kept.
                number -> hasher.hash(number.digits()).stored(),
                // ... and seals it for a callback its caller consents to: only the SIP edge opens it, to dial.
                callbackSeal)));
        // Callbacks accepted before the last stop wait in their queues again (their records were left open).
        RestoredCallbacks.restore(line.get().distributor(), records.pendingCallbacks(),
                configuration.defaultLanguage(), (call, why) -> records.closeCallback(call, clock.instant(), why));
        RestoredCallbacks.restoreSealed(line.get().distributor(), records.pendingSealedCallbacks(),
                configuration.defaultLanguage(), (call, why) -> records.closeCallback(call, clock.instant(), why));
    }

    /** Returns the running line, or null before start or after a failed start. */
    public ReferenceLine line() {
        return line.get();
    }

    @PreDestroy
    void stop() {
        ReferenceLine running = line.getAndSet(null);
        if (running != null) {
            // Drain first: new calls get 503 while the calls in progress go on, up to the configured time.
            Duration limit = LineSettings.drainTimeoutFromSystemProperties();
            int left = running.drain(limit);
            if (left > 0) {
                LOG.warning("gov-cc reference line: " + left + " calls still in progress after " + limit
                        + " of draining; ending them");
            }
            runOnOwnThread("govcc-sip-stop", Thread.currentThread().getContextClassLoader(), running::close);
            // The records of the calls the close just ended are written now, before the database goes.
            recorder.writePending();
        }
    }

    private static void runOnOwnThread(String name, ClassLoader loader, Runnable task) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(task, name);
        // Whatever the task throws is handed back to the deploying thread below, which fails the deployment.
        thread.setUncaughtExceptionHandler((t, e) -> failure.set(e));
        thread.setContextClassLoader(loader);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", e);
        }
        if (failure.get() != null) {
            throw new IllegalStateException(name + " failed: " + failure.get(), failure.get());
        }
    }
}
