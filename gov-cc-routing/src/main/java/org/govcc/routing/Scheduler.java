package org.govcc.routing;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.govcc.api.internal.Require;

/**
 * Runs tasks after a delay: ring time-outs, automatic wrap-up ends, widening steps, callback retries.
 *
 * <p>Injected into the distributor together with its {@link java.time.Clock}, so tests and the simulator
 * use a {@link ManualScheduler} that moves time forward deterministically, and production code wraps a
 * {@link ScheduledExecutorService}. Implementations are thread-safe; tasks may run on any thread and must
 * not assume the caller's.
 *
 * @since 0.1
 */
public interface Scheduler {

    /**
     * Runs {@code task} once, {@code delay} from now.
     *
     * @param delay zero or more
     * @param task what to run; exceptions it throws are logged, never propagated to the scheduler
     * @return a handle to cancel it
     */
    Cancellable schedule(Duration delay, Runnable task);

    /** Returns a scheduler backed by {@code executor}; the caller owns (and shuts down) the executor. */
    static Scheduler of(ScheduledExecutorService executor) {
        Require.nonNull(executor, "executor");
        return (delay, task) -> {
            Require.nonNull(delay, "delay");
            Require.nonNull(task, "task");
            ScheduledFuture<?> future = executor.schedule(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    System.getLogger(Scheduler.class.getName())
                            .log(System.Logger.Level.ERROR, "scheduled task failed", e);
                }
            }, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        };
    }
}
