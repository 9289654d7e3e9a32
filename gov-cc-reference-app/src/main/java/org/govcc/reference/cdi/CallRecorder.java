package org.govcc.reference.cdi;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.event.CallCentreListener;

/**
 * The line's listener for call records. The line's threads must not wait for a database, so an event is only
 * queued here; a thread of the server's managed thread factory writes the queue every half second in one
 * transaction. (Not a task of the managed scheduled executor: a stopping server suspends that executor before the
 * line has drained, and each run it refuses is logged as an error; the thread writes until the line is closed.)
 * When the database is away the batch stays and is tried again, so nothing accepted is lost while it comes back;
 * only beyond {@value #MAX_PENDING} waiting events are new ones dropped (and counted in the log).
 */
@ApplicationScoped
public class CallRecorder implements CallCentreListener {

    /** Hours of the reference line's busiest traffic (some 3,000 calls an hour, about ten events each). */
    static final int MAX_PENDING = 200_000;
    private static final int BATCH = 2_000;
    private static final Logger LOG = Logger.getLogger(CallRecorder.class.getName());

    private final ConcurrentLinkedQueue<CallCentreEvent> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong writeFailures = new AtomicLong();
    /** A batch that failed to be written, tried again before anything newer; touched by the writing task only. */
    private volatile List<CallCentreEvent> retry = List.of();
    private boolean failing;
    private ScheduledFuture<?> writing;
    private ScheduledExecutorService writer;

    @Inject
    CallRecordsService records;

    @Resource
    ManagedThreadFactory threads;

    @PostConstruct
    void startWriting() {
        writer = Executors.newSingleThreadScheduledExecutor(threads);
        writing = writer.scheduleWithFixedDelay(this::writePending, 500, 500, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopWriting() {
        if (writer != null) {
            writer.shutdown();
        }
        writePending();
        if (!retry.isEmpty() || pendingCount.get() > 0) {
            LOG.warning(() -> "call records not written at shutdown: " + (retry.size() + pendingCount.get())
                    + " events");
        }
    }

    @Override
    public void onEvent(CallCentreEvent event) {
        if (pendingCount.incrementAndGet() > MAX_PENDING) {
            pendingCount.decrementAndGet();
            if (dropped.incrementAndGet() % 1_000 == 1) {
                LOG.warning(() -> "call records: " + MAX_PENDING + " events wait for the database; dropped "
                        + dropped.get() + " so far");
            }
            return;
        }
        pending.add(event);
    }

    /** Returns how many events wait to be written (for tests and monitoring). */
    public int pending() {
        return pendingCount.get() + retry.size();
    }

    /** Returns whether the task that writes the records is scheduled (not cancelled, not dead of an error). */
    public boolean writing() {
        ScheduledFuture<?> task = writing;
        return task != null && !task.isDone();
    }

    /** Returns how many events were dropped because too many waited (for monitoring). */
    public long dropped() {
        return dropped.get();
    }

    /** Returns how many attempts to write a batch the database refused since deployment (for monitoring). */
    public long writeFailures() {
        return writeFailures.get();
    }

    /** Writes what waits, oldest first, until the queue is empty or the database refuses; the writer runs it. */
    synchronized void writePending() {
        try {
            while (true) {
                List<CallCentreEvent> batch = retry.isEmpty() ? take() : retry;
                if (batch.isEmpty()) {
                    return;
                }
                retry = batch;
                records.write(batch);
                retry = List.of();
                if (failing) {
                    failing = false;
                    LOG.info("call records: the database is back; writing again");
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // A LinkageError too: escaping a scheduled task, it would end the writing without a word in the log.
            writeFailures.incrementAndGet();
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "call records: cannot write " + retry.size() + " events; will try again", e);
            }
        }
    }

    private List<CallCentreEvent> take() {
        List<CallCentreEvent> batch = new ArrayList<>();
        CallCentreEvent e;
        while (batch.size() < BATCH && (e = pending.poll()) != null) {
            pendingCount.decrementAndGet();
            batch.add(e);
        }
        return batch;
    }
}
