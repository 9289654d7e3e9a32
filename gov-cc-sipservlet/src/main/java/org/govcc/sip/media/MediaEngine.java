package org.govcc.sip.media;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.govcc.api.internal.Require;

/**
 * The line's RTP media engine: allocates one {@link RtpEndpoint} per call leg from a port range, receives every
 * endpoint's packets on one selector thread, and sends every endpoint's 20 ms packets from a few shared pacing
 * threads ({@link MediaSettings#pacingThreads()}, each pacing its share of the endpoints; not a thread per call).
 * One more timer thread runs the calls' timers ({@link #schedule}).
 *
 * <p>Thread-safe. {@link #close()} closes every endpoint and ends the engine's threads.
 *
 * @since 0.1
 */
public final class MediaEngine implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MediaEngine.class.getName());
    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final MediaSettings settings;
    private final Queue<RtpEndpoint> toRegister = new ConcurrentLinkedQueue<>();
    /** Even ports not in use, the longest-rested first; a port is either here or with its pacer's endpoints. */
    private final Queue<Integer> freePorts = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pendingTimers = new AtomicInteger();
    private final ScheduledThreadPoolExecutor timer;
    private final Pacer[] pacers;
    private final Selector selector;
    private final Thread receiver;
    private volatile boolean running = true;

    /**
     * Starts the engine's threads.
     *
     * @throws IOException if the selector cannot be opened
     */
    public MediaEngine(MediaSettings settings) throws IOException {
        this.settings = Require.nonNull(settings, "settings");
        for (int port = settings.firstPort() + (settings.firstPort() & 1); port <= settings.lastPort(); port += 2) {
            freePorts.add(port);
        }
        this.selector = Selector.open();
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "govcc-call-timer");
            t.setDaemon(true);
            t.setPriority(Thread.MAX_PRIORITY);
            return t;
        });
        this.timer.setRemoveOnCancelPolicy(true);
        this.pacers = new Pacer[settings.pacingThreads()];
        for (int i = 0; i < pacers.length; i++) {
            pacers[i] = new Pacer(i);
        }
        this.receiver = new Thread(this::receiveLoop, "govcc-rtp-receiver");
        this.receiver.setDaemon(true);
        this.receiver.start();
    }

    /** Returns the settings. */
    public MediaSettings settings() {
        return settings;
    }

    /**
     * Opens an endpoint on the free even port that has rested longest (a port just released is taken last, so late
     * packets of an ended call do not reach the next one).
     *
     * @throws NoMediaPortException if every port is taken
     */
    public RtpEndpoint open(MediaListener listener) {
        Require.nonNull(listener, "listener");
        Require.that(running, "the media engine is closed");
        // Bounded by the range (the queue's size() would walk it): ports another program holds go back to the end.
        for (int attempt = settings.capacity(); attempt > 0; attempt--) {
            Integer port = freePorts.poll();
            if (port == null) {
                break;
            }
            DatagramChannel channel = null;
            try {
                channel = DatagramChannel.open();
                channel.bind(new InetSocketAddress(settings.bindAddress(), port));
                channel.configureBlocking(false);
            } catch (IOException e) {
                closeQuietly(channel);
                freePorts.add(port);
                continue;
            }
            RtpEndpoint endpoint = new RtpEndpoint(this, channel, port, listener, settings.inactivityTimeout());
            pacerOf(port).endpoints.put(port, endpoint);
            toRegister.add(endpoint);
            selector.wakeup();
            return endpoint;
        }
        throw new NoMediaPortException("no free RTP port in " + settings.firstPort() + "-" + settings.lastPort());
    }

    /** Returns how many endpoints (RTP ports) are open now. */
    public int openEndpoints() {
        int open = 0;
        for (Pacer p : pacers) {
            open += p.endpoints.size();
        }
        return open;
    }

    /** Returns how many call timers are scheduled and not yet run or cancelled. */
    public int pendingTimers() {
        return pendingTimers.get();
    }

    /**
     * Runs {@code task} once after {@code delay} on the shared timer thread; the task must not block.
     *
     * @return a handle whose {@code cancel} stops it
     */
    public Cancellable schedule(Runnable task, Duration delay) {
        Require.nonNull(task, "task");
        pendingTimers.incrementAndGet();
        TimerTask t = new TimerTask(task);
        t.future = timer.schedule(t, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        return t;
    }

    /**
     * Runs {@code task} once after {@code delay} on the shared timer thread, as housekeeping (not counted as a call
     * timer: it holds no call resource).
     */
    public void later(Runnable task, Duration delay) {
        Require.nonNull(task, "task");
        timer.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "housekeeping task failed", e);
            }
        }, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    }

    /**
     * Runs {@code task} every {@code period} on the shared timer thread (housekeeping, not counted as a call timer).
     *
     * @return a handle whose {@code cancel} stops it
     */
    public Cancellable every(Runnable task, Duration period) {
        Require.nonNull(task, "task");
        long nanos = Require.nonNull(period, "period").toNanos();
        ScheduledFuture<?> f = timer.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a periodic task failed", e);
            }
        }, nanos, nanos, TimeUnit.NANOSECONDS);
        return () -> f.cancel(false);
    }

    /** A scheduled task that can be cancelled. */
    @FunctionalInterface
    public interface Cancellable {
        /** Cancels the task if it has not run yet; idempotent. */
        void cancel();
    }

    private final class TimerTask implements Runnable, Cancellable {
        private final Runnable task;
        private final AtomicInteger state = new AtomicInteger(); // 0 pending, 1 ran, 2 cancelled
        private volatile ScheduledFuture<?> future;

        TimerTask(Runnable task) {
            this.task = task;
        }

        @Override
        public void run() {
            if (state.compareAndSet(0, 1)) {
                pendingTimers.decrementAndGet();
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a call timer failed", e);
                }
            }
        }

        @Override
        public void cancel() {
            if (state.compareAndSet(0, 2)) {
                pendingTimers.decrementAndGet();
                ScheduledFuture<?> f = future;
                if (f != null) {
                    f.cancel(false);
                }
            }
        }
    }

    void release(RtpEndpoint endpoint) {
        boolean owned = pacerOf(endpoint.localPort()).endpoints.remove(endpoint.localPort(), endpoint);
        SelectionKey key = endpoint.channel().keyFor(selector);
        if (key != null) {
            key.cancel();
        }
        closeQuietly(endpoint.channel());
        selector.wakeup();
        if (owned) {
            freePorts.add(endpoint.localPort());
        }
    }

    /** Sends one packet from {@code from}'s socket. Only on a pacing thread or under the endpoint's lock. */
    void send(DatagramChannel from, ByteBuffer packet, SocketAddress to) {
        try {
            from.send(packet, to);
        } catch (IOException e) {
            LOG.log(Level.FINE, "RTP send failed", e);
        }
    }

    private Pacer pacerOf(int port) {
        return pacers[(port >> 1) % pacers.length];
    }

    /** One pacing thread and the endpoints it sends for, with its own scratch buffers. */
    private static final class Pacer {
        final ConcurrentHashMap<Integer, RtpEndpoint> endpoints = new ConcurrentHashMap<>();
        final ScheduledThreadPoolExecutor thread;
        final ByteBuffer sendBuffer = ByteBuffer.allocateDirect(1500);
        final byte[] payload = new byte[Codec.SAMPLES_PER_PACKET];
        long ticks;

        Pacer(int index) {
            thread = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "govcc-rtp-pacer-" + index);
                t.setDaemon(true);
                t.setPriority(Thread.MAX_PRIORITY);
                return t;
            });
            thread.scheduleAtFixedRate(this::tick, TICK_NANOS, TICK_NANOS, TimeUnit.NANOSECONDS);
        }

        private void tick() {
            try {
                long now = System.nanoTime();
                boolean checkInactivity = (++ticks % 25) == 0;
                for (RtpEndpoint e : endpoints.values()) {
                    e.tick(now, checkInactivity, sendBuffer, payload);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "media tick failed", e);
            }
        }
    }

    private void receiveLoop() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(2048);
        while (running) {
            try {
                selector.select(500);
                RtpEndpoint r;
                while ((r = toRegister.poll()) != null) {
                    if (r.channel().isOpen()) {
                        r.channel().register(selector, SelectionKey.OP_READ, r);
                    }
                }
                var it = selector.selectedKeys().iterator();
                while (it.hasNext()) {
                    SelectionKey key = it.next();
                    it.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    RtpEndpoint endpoint = (RtpEndpoint) key.attachment();
                    DatagramChannel ch = (DatagramChannel) key.channel();
                    for (int i = 0; i < 16; i++) {
                        buffer.clear();
                        SocketAddress from;
                        try {
                            from = ch.receive(buffer);
                        } catch (IOException e) {
                            break;
                        }
                        if (from == null) {
                            break;
                        }
                        buffer.flip();
                        endpoint.received(buffer, from, System.nanoTime());
                    }
                }
            } catch (ClosedSelectorException e) {
                return;
            } catch (IOException | RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "RTP receive loop error", e);
                }
            }
        }
    }

    /** Closes every endpoint and ends the engine's threads. */
    @Override
    public void close() {
        running = false;
        for (Pacer p : pacers) {
            for (RtpEndpoint e : p.endpoints.values()) {
                e.close();
            }
        }
        timer.shutdownNow();
        for (Pacer p : pacers) {
            p.thread.shutdownNow();
        }
        selector.wakeup();
        try {
            receiver.join(2000);
            timer.awaitTermination(2, TimeUnit.SECONDS);
            for (Pacer p : pacers) {
                p.thread.awaitTermination(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            selector.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "selector close", e);
        }
    }

    private static void closeQuietly(DatagramChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "close", e);
            }
        }
    }

}
