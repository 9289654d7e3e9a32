package org.govcc.reference.desk;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallId;
import org.govcc.api.routing.QueueId;
import org.govcc.reference.cdi.CallRecordsService;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.rest.requests.RequestService;

/**
 * Pushes to each agent's open desktops (server-sent events, several tabs each): {@code state} with the desk view
 * when the agent's state changes, {@code offer} with the screen pop when a call is offered to them. The line's
 * events arrive on its own threads, which must not wait: the pushes run on the server's managed executor. A
 * desktop whose connection has gone is dropped at the next push.
 */
@ApplicationScoped
public class DeskStream {

    private static final Logger LOG = Logger.getLogger(DeskStream.class.getName());

    private final Map<AgentId, Set<SseEventSink>> sinks = new ConcurrentHashMap<>();
    private final Map<String, Set<SseEventSink>> bySession = new ConcurrentHashMap<>();
    private final CallsInHand calls = new CallsInHand();
    private volatile Sse sse;

    @Resource
    ManagedExecutorService executor;

    @Inject
    DeskService desk;

    @Inject
    LineConfiguration configuration;

    @Inject
    CallRecordsService records;

    @Inject
    RequestService requests;

    @Inject
    Clock clock;

    /**
     * Keeps {@code sink} open for {@code agent}'s pushes, and sends the desk view at once. A stream opened in an HTTP
     * session lives no longer than the session: {@link #sessionEnded} closes it (after sign-out or expiry a tab left
     * open must not go on receiving screen pops).
     *
     * @param session the id of the HTTP session the stream was opened in, or null for one signed in by HTTP Basic
     */
    public void open(AgentId agent, SseEventSink sink, Sse events, String session) {
        sse = events;
        sinks.computeIfAbsent(agent, a -> ConcurrentHashMap.newKeySet()).add(sink);
        if (session != null) {
            bySession.computeIfAbsent(session, s -> ConcurrentHashMap.newKeySet()).add(sink);
        }
        push(agent, "state", () -> desk.view(agent.value()));
    }

    /** Keeps the streams of a session whose id changed under its new id. */
    public void sessionRenamed(String before, String after) {
        Set<SseEventSink> moved = bySession.remove(before);
        if (moved != null) {
            bySession.computeIfAbsent(after, s -> ConcurrentHashMap.newKeySet()).addAll(moved);
        }
    }

    /** Closes every stream opened in HTTP session {@code session}, which has ended. */
    public void sessionEnded(String session) {
        Set<SseEventSink> ended = bySession.remove(session);
        if (ended != null) {
            ended.forEach(SseEventSink::close);
            sinks.values().forEach(set -> set.removeAll(ended));
        }
    }

    /** Returns how many desktops are open for {@code agent} (for tests and monitoring). */
    public int open(AgentId agent) {
        Set<SseEventSink> open = sinks.get(agent);
        return open == null ? 0 : (int) open.stream().filter(s -> !s.isClosed()).count();
    }

    /** The calls in progress as the events told of them. */
    CallsInHand calls() {
        return calls;
    }

    void stateChanged(AgentId agent) {
        push(agent, "state", () -> desk.view(agent.value()));
    }

    void offered(AgentId agent, CallId call, QueueId queue) {
        push(agent, "offer", () -> new ScreenPops(configuration, calls, records, requests, clock).of(call, queue,
                desk.agent(agent.value())));
    }

    @PreDestroy
    void closeAll() {
        sinks.values().forEach(set -> set.forEach(SseEventSink::close));
        sinks.clear();
        bySession.clear();
    }

    private interface Payload {
        Object get();
    }

    private void push(AgentId agent, String name, Payload payload) {
        Set<SseEventSink> open = sinks.get(agent);
        Sse events = sse;
        if (open == null || open.isEmpty() || events == null) {
            return;
        }
        try {
            executor.execute(() -> {
                Object data;
                try {
                    data = payload.get();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "desk: cannot build the " + name + " event of agent " + agent, e);
                    return;
                }
                OutboundSseEvent event = events.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(data.getClass(), data).build();
                for (SseEventSink sink : open) {
                    if (sink.isClosed()) {
                        open.remove(sink);
                    } else {
                        sink.send(event).exceptionally(gone -> {
                            open.remove(sink);
                            return null;
                        });
                    }
                }
            });
        } catch (RejectedExecutionException stopping) {
            LOG.fine("desk: server stopping, " + name + " event of agent " + agent + " not sent");
        }
    }
}
