package org.govcc.reference.supervision;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open wallboard streams (one per tab), by HTTP session where there is one: an event goes to every one, and a
 * stream that is closed or whose send fails (the tab went, the network dropped) is dropped then and there, so dead
 * connections never pile up. Thread-safe.
 */
final class Tabs {

    private static final Logger LOG = Logger.getLogger(Tabs.class.getName());

    private final Set<SseEventSink> sinks = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<SseEventSink>> bySession = new ConcurrentHashMap<>();

    /** Keeps {@code sink}, opened in HTTP session {@code session} (null for HTTP Basic). */
    void add(SseEventSink sink, String session) {
        sinks.add(sink);
        if (session != null) {
            bySession.computeIfAbsent(session, s -> ConcurrentHashMap.newKeySet()).add(sink);
        }
    }

    /** Sends {@code event} to every stream, dropping those that are gone. */
    void sendAll(OutboundSseEvent event) {
        sinks.forEach(sink -> send(sink, event));
    }

    /** Sends {@code event} to {@code sink}, dropping it if it is closed or the send fails. */
    void send(SseEventSink sink, OutboundSseEvent event) {
        if (sink.isClosed()) {
            drop(sink);
            return;
        }
        try {
            sink.send(event).exceptionally(gone -> {
                drop(sink);
                return null;
            });
        } catch (RuntimeException gone) {
            drop(sink);
        }
    }

    /** Keeps the streams of a session whose id changed under its new id. */
    void sessionRenamed(String before, String after) {
        Set<SseEventSink> moved = bySession.remove(before);
        if (moved != null) {
            bySession.computeIfAbsent(after, s -> ConcurrentHashMap.newKeySet()).addAll(moved);
        }
    }

    /** Closes every stream opened in HTTP session {@code session}, which has ended. */
    void sessionEnded(String session) {
        Set<SseEventSink> ended = bySession.remove(session);
        if (ended != null) {
            ended.forEach(this::drop);
        }
    }

    /** Whether no stream is open. */
    boolean isEmpty() {
        return sinks.isEmpty();
    }

    /** How many streams are open. */
    int size() {
        return sinks.size();
    }

    /** Closes every stream. */
    void closeAll() {
        sinks.forEach(this::drop);
        bySession.clear();
    }

    private void drop(SseEventSink sink) {
        sinks.remove(sink);
        bySession.values().forEach(set -> set.remove(sink));
        try {
            sink.close();
        } catch (RuntimeException alreadyGone) {
            LOG.log(Level.FINEST, "wallboard: closing a dropped stream", alreadyGone);
        }
    }
}
