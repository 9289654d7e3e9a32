package org.govcc.reference.retention;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.govcc.reference.config.LineConfiguration;

/**
 * Runs the retention purge ({@link PurgeService}) every day at {@code retention.json}'s {@code purgeAt}, in the
 * calendar's time zone, on the server's managed scheduler. Each run schedules the next one from the clock, so a run
 * that took long or a change of summer time does not shift the time. A failed run is logged (nothing was removed)
 * and the next day's tries again.
 */
@ApplicationScoped
public class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class.getName());

    @Inject
    Clock clock;

    @Inject
    LineConfiguration configuration;

    @Inject
    PurgeService purges;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile ScheduledFuture<?> next;
    private volatile boolean stopped;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        scheduleNext();
    }

    @PreDestroy
    void stop() {
        stopped = true;
        ScheduledFuture<?> pending = next;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    /** When the next run is due. */
    ZonedDateTime nextRun() {
        return NextPurge.after(ZonedDateTime.now(clock), configuration.retention().purgeAt(),
                configuration.calendar().zone());
    }

    private void scheduleNext() {
        if (stopped) {
            return;
        }
        ZonedDateTime at = nextRun();
        long delay = Math.max(0, Duration.between(clock.instant(), at.toInstant()).toMillis());
        next = scheduler.schedule(this::run, delay, TimeUnit.MILLISECONDS);
        LOG.info(() -> "retention: the next purge runs at " + at);
    }

    private void run() {
        try {
            PurgeReport report = purges.purge(clock.instant());
            LOG.info(() -> "retention: " + report.describe() + " (audit entry " + report.auditSequence() + ")");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "retention: the purge failed and removed nothing; the next one tries again", e);
        } finally {
            scheduleNext();
        }
    }
}
