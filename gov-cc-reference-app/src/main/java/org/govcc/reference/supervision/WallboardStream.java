package org.govcc.reference.supervision;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.govcc.reference.operations.DatabaseReadiness;

/**
 * Pushes the live wallboard to every open supervisor's page (server-sent events, any number of tabs): event
 * {@code board} with the whole {@link LiveBoard} when a tab connects and after every change, coalesced to at most one
 * every {@link #COALESCE}; {@code heartbeat} every {@link #HEARTBEAT}, so proxies keep the connection and the page
 * knows it is live. A tab whose send fails is dropped. Once a second the alert rules run (a caller's wait grows with no
 * event), the database is checked every {@link #HEALTH_EVERY}, and the day's skill moves that ended are undone.
 * These run on threads of its own (from the container's thread factory), not on the managed scheduled executor:
 * while WildFly suspends for a graceful stop, that executor refuses periodic tasks with an ERROR each time.
 */
@ApplicationScoped
public class WallboardStream {

    /** The shortest time between two pushes. */
    static final Duration COALESCE = Duration.ofMillis(300);
    /** How often a quiet stream says it is alive. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** How often the database is checked (each check may wait up to 2 s). */
    static final Duration HEALTH_EVERY = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(WallboardStream.class.getName());

    private final Tabs tabs = new Tabs();
    private final List<ScheduledFuture<?>> jobs = new ArrayList<>();
    /** Two threads: a database check may wait up to 2 s, and pushes must not wait behind it. */
    private volatile ScheduledExecutorService executor;
    private volatile Sse sse;
    private Coalescer coalescer;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    WallboardService wallboard;

    @Inject
    SupervisorActions actions;

    @Inject
    @Readiness
    DatabaseReadiness database;

    @Inject
    Clock clock;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        executor = Executors.newScheduledThreadPool(2, threads);
        coalescer = new Coalescer(COALESCE, clock, (delay, task) -> executor.schedule(task, delay.toMillis(),
                TimeUnit.MILLISECONDS), this::pushBoard);
        wallboard.onChange(this::changed);
        jobs.add(executor.scheduleWithFixedDelay(() -> guarded("alerts", () -> {
            actions.expireMoves();
            wallboard.evaluateAlerts();
        }), 1, 1, TimeUnit.SECONDS));
        jobs.add(executor.scheduleWithFixedDelay(() -> guarded("database check", () -> wallboard.databaseChecked(
                database.call().getStatus() == HealthCheckResponse.Status.UP)), 0, HEALTH_EVERY.toSeconds(),
                TimeUnit.SECONDS));
        jobs.add(executor.scheduleAtFixedRate(() -> guarded("heartbeat", this::heartbeat), HEARTBEAT.toSeconds(),
                HEARTBEAT.toSeconds(), TimeUnit.SECONDS));
    }

    /**
     * Keeps {@code sink} open for the wallboard's pushes and sends it the board at once. A stream opened in an HTTP
     * session lives no longer than the session ({@link #sessionEnded}): a tab left open after sign-out goes dark.
     *
     * @param session the id of the HTTP session it was opened in, or null for HTTP Basic
     */
    public void open(SseEventSink sink, Sse events, String session) {
        sse = events;
        tabs.add(sink, session);
        executor.execute(() -> guarded("first board", () -> tabs.send(sink, board(events))));
    }

    /** Keeps the streams of a session whose id changed under its new id. */
    void sessionRenamed(String before, String after) {
        tabs.sessionRenamed(before, after);
    }

    /** Closes every stream opened in HTTP session {@code session}, which has ended. */
    void sessionEnded(String session) {
        tabs.sessionEnded(session);
    }

    /** How many wallboards are open (for tests and monitoring). */
    public int open() {
        return tabs.size();
    }

    /** Something changed: a push follows within {@link #COALESCE}. */
    void changed() {
        Coalescer c = coalescer;
        if (c != null && !tabs.isEmpty()) {
            try {
                c.changed();
            } catch (RejectedExecutionException stopping) {
                LOG.fine("wallboard: server stopping, no push");
            }
        }
    }

    @PreDestroy
    void closeAll() {
        jobs.forEach(j -> j.cancel(false));
        if (executor != null) {
            executor.shutdown();
        }
        tabs.closeAll();
    }

    private void pushBoard() {
        Sse events = sse;
        if (events == null || tabs.isEmpty()) {
            return;
        }
        tabs.sendAll(board(events));
    }

    private void heartbeat() {
        Sse events = sse;
        if (events != null) {
            OutboundSseEvent beat = events.newEventBuilder().name("heartbeat").data(String.class,
                    clock.instant().toString()).build();
            tabs.sendAll(beat);
        }
    }

    private OutboundSseEvent board(Sse events) {
        LiveBoard board = wallboard.board();
        return events.newEventBuilder().name("board").mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(LiveBoard.class, board).build();
    }

    private static void guarded(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // A failed round must not end the scheduled job: the next one runs as usual.
            LOG.log(Level.WARNING, "wallboard: " + what + " failed", e);
        }
    }
}
