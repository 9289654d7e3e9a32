package org.govcc.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.TreeSet;
import org.govcc.api.internal.Require;

/**
 * A scheduler whose tasks run only when the test or simulator moves its {@link ManualClock} forward.
 *
 * <p>Tasks due at the same instant run in the order they were scheduled. Tasks run on the thread that
 * calls {@link #advance} or {@link #runNext}, outside this scheduler's lock, so they may schedule and cancel
 * other tasks. Thread-safe. Cancelling is O(1): the task is marked and skipped, and marked tasks are purged
 * in bulk once they are the majority, so long runs with many cancelled time-outs stay small.
 *
 * @since 0.1
 */
public final class ManualScheduler implements Scheduler {

    private static final System.Logger LOG = System.getLogger(ManualScheduler.class.getName());

    private static final Comparator<Task> ORDER = (a, b) -> {
        int c = a.due.compareTo(b.due);
        return c != 0 ? c : Long.compare(a.seq, b.seq);
    };

    private final ManualClock clock;
    private final TreeSet<Task> tasks = new TreeSet<>(ORDER);
    private long seq;
    private int cancelled;

    /** Returns a scheduler driven by {@code clock}. */
    public ManualScheduler(ManualClock clock) {
        this.clock = Require.nonNull(clock, "clock");
    }

    /** Returns the clock this scheduler moves. */
    public ManualClock clock() {
        return clock;
    }

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        Require.nonNull(delay, "delay");
        Require.nonNull(task, "task");
        Instant due = clock.instant().plus(delay.isNegative() ? Duration.ZERO : delay);
        Task t = new Task(due, seq++, task);
        tasks.add(t);
        return () -> cancel(t);
    }

    /** Schedules {@code task} at {@code at} (or now, if {@code at} has passed). */
    public Cancellable scheduleAt(Instant at, Runnable task) {
        Require.nonNull(at, "at");
        Instant now = clock.instant();
        return schedule(at.isBefore(now) ? Duration.ZERO : Duration.between(now, at), task);
    }

    private synchronized void cancel(Task t) {
        if (!t.cancelled && !t.done) {
            // O(1): marked now, skipped when due, purged in bulk once they are many
            t.cancelled = true;
            cancelled++;
            if (cancelled > 1024 && cancelled > tasks.size() / 2) {
                tasks.removeIf(x -> x.cancelled);
                cancelled = 0;
            }
        }
    }

    /** Returns how many tasks are pending. */
    public synchronized int pending() {
        return tasks.size() - cancelled;
    }

    /** Returns when the next task is due, or {@code null} if none is pending. */
    public synchronized Instant nextDue() {
        dropCancelledHead();
        return tasks.isEmpty() ? null : tasks.first().due;
    }

    private void dropCancelledHead() {
        while (!tasks.isEmpty() && tasks.first().cancelled) {
            tasks.pollFirst();
            cancelled--;
        }
    }

    /**
     * Runs the next task due at or before {@code limit}, moving the clock to its due time.
     *
     * @return whether a task ran
     */
    public boolean runNext(Instant limit) {
        Task next;
        synchronized (this) {
            dropCancelledHead();
            if (tasks.isEmpty() || tasks.first().due.isAfter(limit)) {
                return false;
            }
            next = tasks.pollFirst();
            next.done = true;
        }
        if (next.due.isAfter(clock.instant())) {
            clock.setInstant(next.due);
        }
        try {
            next.task.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "scheduled task failed", e);
        }
        return true;
    }

    /** Runs every task due up to {@code until}, in order, then sets the clock to {@code until}. */
    public void runUntil(Instant until) {
        Require.nonNull(until, "until");
        while (runNext(until)) {
            // keep going: tasks may schedule further tasks within the window
        }
        if (until.isAfter(clock.instant())) {
            clock.setInstant(until);
        }
    }

    /** Moves time forward by {@code amount}, running every task that falls due on the way. */
    public void advance(Duration amount) {
        Require.nonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative, but was " + amount);
        }
        runUntil(clock.instant().plus(amount));
    }

    private static final class Task {
        final Instant due;
        final long seq;
        final Runnable task;
        boolean cancelled;
        boolean done;

        Task(Instant due, long seq, Runnable task) {
            this.due = due;
            this.seq = seq;
            this.task = task;
        }
    }
}
