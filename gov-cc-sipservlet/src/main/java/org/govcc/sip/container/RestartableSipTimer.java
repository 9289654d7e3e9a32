package org.govcc.sip.container;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.stack.SIPStackTimerTask;
import gov.nist.javax.sip.stack.timers.SipTimer;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * JAIN-SIP's transaction timers on one scheduled executor that removes cancelled tasks at once.
 *
 * <p>Why not the stack's own timers: the default one is a single {@code java.util.Timer} whose task heap is
 * re-sorted on every schedule and cancel; under load it fired late and 200 OKs were retransmitted before their ACKs
 * were seen. JAIN-SIP's {@code ScheduledExecutorSipTimer} fixes that but makes its executor once, in its
 * constructor, and the stack restarts the same timer instance when a container is started again in the same JVM
 * (a redeployment on WildFly), after which every transaction failed. This one makes a new executor on each start.
 *
 * <p>Public only because the stack instantiates it by name (stack property
 * {@code gov.nist.javax.sip.TIMER_CLASS_NAME}); not API.
 *
 * @since 0.1
 */
public final class RestartableSipTimer implements SipTimer {

    private static final Logger LOG = Logger.getLogger(RestartableSipTimer.class.getName());

    private volatile ScheduledThreadPoolExecutor executor;

    @Override
    public synchronized void start(SipStackImpl stack, Properties configuration) {
        if (executor == null || executor.isShutdown()) {
            ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "govcc-sip-timer");
                t.setDaemon(true);
                return t;
            });
            e.setRemoveOnCancelPolicy(true);
            executor = e;
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isStarted() {
        ScheduledThreadPoolExecutor e = executor;
        return e != null && !e.isShutdown();
    }

    @Override
    public boolean schedule(SIPStackTimerTask task, long delayMillis) {
        task.setSipTimerTask(running().schedule(() -> run(task), delayMillis, TimeUnit.MILLISECONDS));
        return true;
    }

    @Override
    public boolean scheduleWithFixedDelay(SIPStackTimerTask task, long delayMillis, long periodMillis) {
        task.setSipTimerTask(running().scheduleWithFixedDelay(() -> run(task), delayMillis, periodMillis,
                TimeUnit.MILLISECONDS));
        return true;
    }

    @Override
    public boolean cancel(SIPStackTimerTask task) {
        Object scheduled = task.getSipTimerTask();
        task.cleanUpBeforeCancel();
        task.setSipTimerTask(null);
        return scheduled instanceof ScheduledFuture && ((ScheduledFuture<?>) scheduled).cancel(false);
    }

    private ScheduledThreadPoolExecutor running() {
        ScheduledThreadPoolExecutor e = executor;
        if (e == null || e.isShutdown()) {
            throw new IllegalStateException("the SIP stack's timer is stopped");
        }
        return e;
    }

    private static void run(SIPStackTimerTask task) {
        try {
            task.runTask();
        } catch (RuntimeException e) {
            // One transaction's failure must not end the timer thread that every other transaction needs.
            LOG.log(Level.WARNING, "a SIP transaction timer failed", e);
        }
    }
}
