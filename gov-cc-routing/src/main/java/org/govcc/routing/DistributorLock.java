package org.govcc.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.event.CallCentreListener;

/**
 * The {@link CallDistributor}'s one lock, and the end of every operation: the events the operation emitted
 * are delivered while the lock is still held (so every listener sees one total order, e.g. each agent's
 * transitions in sequence), then the lock is released and the call-control commands it queued are issued (so
 * the call side may signal back synchronously). Thread-safe; listeners may be added at any time.
 */
final class DistributorLock {

    private static final System.Logger LOG = System.getLogger(CallDistributor.class.getName());

    private final ReentrantLock lock = new ReentrantLock();
    private final List<CallCentreListener> listeners = new CopyOnWriteArrayList<>();
    private ArrayList<Runnable> effects = new ArrayList<>();
    private ArrayList<CallCentreEvent> events = new ArrayList<>();

    DistributorLock(List<CallCentreListener> initialListeners) {
        listeners.addAll(initialListeners);
    }

    void addListener(CallCentreListener listener) {
        listeners.add(listener);
    }

    /** Returns whether anyone listens, so that events nobody reads are not even built. */
    boolean observed() {
        return !listeners.isEmpty();
    }

    /** Queues an event for delivery at the end of the current operation; call under the lock. */
    void emit(CallCentreEvent event) {
        events.add(event);
    }

    /**
     * Queues a call-control command to run after the current operation has released the lock; one that
     * throws is logged. Call under the lock.
     */
    void effect(Runnable command) {
        effects.add(() -> {
            try {
                command.run();
            } catch (RuntimeException ex) {
                LOG.log(System.Logger.Level.ERROR, "call control failed", ex);
            }
        });
    }

    /**
     * Runs {@code op} under the lock; then delivers its events while still holding the lock, releases the
     * lock, and issues its call-control commands.
     */
    <T> T locked(Supplier<T> op) {
        ArrayList<Runnable> todo = null;
        lock.lock();
        try {
            return op.get();
        } finally {
            try {
                while (!events.isEmpty()) {
                    ArrayList<CallCentreEvent> batch = events;
                    events = new ArrayList<>();
                    deliver(batch);
                }
            } finally {
                if (!effects.isEmpty()) {
                    todo = effects;
                    effects = new ArrayList<>();
                }
                lock.unlock();
            }
            if (todo != null) {
                for (Runnable r : todo) {
                    r.run();
                }
            }
        }
    }

    private void deliver(List<CallCentreEvent> batch) {
        for (CallCentreEvent event : batch) {
            for (CallCentreListener l : listeners) {
                try {
                    l.onEvent(event);
                } catch (RuntimeException ex) {
                    LOG.log(System.Logger.Level.WARNING, "event listener failed on " + event, ex);
                }
            }
        }
    }
}
