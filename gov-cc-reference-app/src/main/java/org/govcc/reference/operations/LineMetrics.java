package org.govcc.reference.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.call.CallId;
import org.govcc.api.call.LineId;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.event.CallCentreListener;
import org.govcc.reference.cdi.CallRecorder;
import org.govcc.reference.cdi.SipLineLifecycle;
import org.govcc.reference.line.ReferenceLine;
import org.govcc.routing.QueueSnapshot;
import org.govcc.routing.StatisticsSnapshot;

/**
 * The line's metrics in Prometheus format: calls in progress per line, admissions refused, per queue the calls
 * waiting, the longest and the estimated wait, agents by state, and the call records' backlog and database errors.
 *
 * <p>It hears the line's events (calls per line, refusals) and, at each scrape, reads the distributor's statistics
 * once; the line's threads only touch a map. Thread-safe.
 */
@ApplicationScoped
public class LineMetrics implements CallCentreListener {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<CallId, LineId> inProgress = new ConcurrentHashMap<>();
    private final Set<LineId> linesSeen = ConcurrentHashMap.newKeySet();
    private final Set<String> queuesSeen = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Optional<StatisticsSnapshot>> snapshot = new AtomicReference<>(Optional.empty());
    private final Counter refused = Counter.builder("govcc.admissions.refused")
            .description("Calls the line refused at the door (admission limit, shutting down, no media port)")
            .register(registry);

    @Inject
    SipLineLifecycle lifecycle;

    @Inject
    CallRecorder recorder;

    private volatile boolean fixedMetersRegistered;

    /** Counts a status check made by phone, by what it found ({@code none} or the request's status). */
    public void statusChecked(String result) {
        Counter.builder("govcc.request.status.checks").description("Request status checks made by phone, by result")
                .tag("result", result).register(registry).increment();
    }

    @Override
    public void onEvent(CallCentreEvent event) {
        if (event instanceof CallCentreEvent.CallArrived) {
            CallCentreEvent.CallArrived arrived = (CallCentreEvent.CallArrived) event;
            LineId line = arrived.call().line();
            if (linesSeen.add(line)) {
                Gauge.builder("govcc.calls.in.progress", inProgress, calls -> count(calls, line))
                        .description("Calls in progress on the line").tag("line", line.value()).register(registry);
            }
            inProgress.put(arrived.call().id(), line);
        } else if (event instanceof CallCentreEvent.CallEnded) {
            inProgress.remove(((CallCentreEvent.CallEnded) event).call());
        } else if (event instanceof CallCentreEvent.CallRejected) {
            refused.increment();
        }
    }

    /** Takes the distributor's statistics now and returns every metric in Prometheus text format. */
    public String scrape() {
        registerFixedMeters();
        ReferenceLine line = lifecycle.line();
        Optional<StatisticsSnapshot> now = line == null ? Optional.empty() : Optional.of(line.distributor().statistics());
        snapshot.set(now);
        now.ifPresent(s -> s.queues().forEach(q -> registerQueue(q.queue())));
        return registry.scrape();
    }

    private void registerFixedMeters() {
        if (fixedMetersRegistered) {
            return;
        }
        synchronized (this) {
            if (fixedMetersRegistered) {
                return;
            }
            for (AgentStatus status : AgentStatus.values()) {
                Gauge.builder("govcc.agents", snapshot, s -> s.get().map(x -> x.agentsByStatus().getOrDefault(status, 0))
                                .orElse(0))
                        .description("Agents in the state").tag("state", status.name().toLowerCase(java.util.Locale.ROOT))
                        .register(registry);
            }
            Gauge.builder("govcc.call.records.backlog", recorder, CallRecorder::pending)
                    .description("Call events waiting to be written to the database").register(registry);
            FunctionCounter.builder("govcc.call.records.write.failures", recorder, CallRecorder::writeFailures)
                    .description("Attempts to write call records that the database refused").register(registry);
            FunctionCounter.builder("govcc.call.records.dropped", recorder, CallRecorder::dropped)
                    .description("Call events dropped because too many waited for the database").register(registry);
            fixedMetersRegistered = true;
        }
    }

    private void registerQueue(String queue) {
        if (!queuesSeen.add(queue)) {
            return;
        }
        queueGauge("govcc.queue.waiting", "Calls waiting in the queue", queue, q -> q.waiting());
        queueGauge("govcc.queue.longest.wait.seconds", "How long the oldest waiting call has waited", queue,
                q -> q.longestWait().toMillis() / 1000.0);
        queueGauge("govcc.queue.estimated.wait.seconds", "The wait a new caller of normal priority can expect", queue,
                q -> q.estimatedWait().toMillis() / 1000.0);
    }

    private void queueGauge(String name, String description, String queue, ToDoubleFunction<QueueSnapshot> value) {
        Gauge.builder(name, snapshot, s -> s.get().flatMap(x -> x.queues().stream()
                        .filter(q -> q.queue().equals(queue)).findFirst()).map(value::applyAsDouble).orElse(0.0))
                .description(description).tag("queue", queue).register(registry);
    }

    private static double count(Map<CallId, LineId> calls, LineId line) {
        return calls.values().stream().filter(line::equals).count();
    }
}
