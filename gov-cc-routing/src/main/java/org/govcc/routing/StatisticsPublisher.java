package org.govcc.routing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Sends statistics snapshots to the {@link StatisticsListener}s at a fixed interval, on the scheduler. Takes
 * each snapshot through {@code source} (which takes the distributor's lock), then calls the listeners outside
 * the lock. Thread-safe; a listener that throws is logged and the others still run.
 */
final class StatisticsPublisher {

    private static final System.Logger LOG = System.getLogger(CallDistributor.class.getName());

    private final Scheduler scheduler;
    private final Supplier<StatisticsSnapshot> source;
    private final List<StatisticsListener> listeners = new CopyOnWriteArrayList<>();

    StatisticsPublisher(Scheduler scheduler, Supplier<StatisticsSnapshot> source) {
        this.scheduler = scheduler;
        this.source = source;
    }

    void addListener(StatisticsListener listener) {
        listeners.add(listener);
    }

    /** Publishes every {@code interval} (more than zero) until the returned handle is cancelled. */
    Cancellable every(Duration interval) {
        Cancellable[] current = new Cancellable[1];
        boolean[] stopped = new boolean[1];
        Runnable[] task = new Runnable[1];
        task[0] = () -> {
            synchronized (current) {
                if (stopped[0]) {
                    return;
                }
            }
            StatisticsSnapshot s = source.get();
            for (StatisticsListener l : listeners) {
                try {
                    l.onStatistics(s);
                } catch (RuntimeException ex) {
                    LOG.log(System.Logger.Level.WARNING, "statistics listener failed", ex);
                }
            }
            synchronized (current) {
                if (!stopped[0]) {
                    current[0] = scheduler.schedule(interval, task[0]);
                }
            }
        };
        synchronized (current) {
            current[0] = scheduler.schedule(interval, task[0]);
        }
        return () -> {
            synchronized (current) {
                stopped[0] = true;
                current[0].cancel();
            }
        };
    }
}
