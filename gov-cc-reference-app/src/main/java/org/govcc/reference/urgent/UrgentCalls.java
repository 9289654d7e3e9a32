package org.govcc.reference.urgent;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.govcc.api.call.CallId;
import org.govcc.api.call.LineId;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.event.CallCentreListener;
import org.govcc.reference.audit.AuditAction;
import org.govcc.reference.audit.AuditSubject;
import org.govcc.reference.audit.AuditTrail;

/**
 * The supervisors' alerts for urgent calls: each call whose caller keyed the line's duress code stays on the list,
 * even after the call ended (someone was in danger), until a supervisor acknowledges it. The marking and each
 * acknowledgement go to the audit trail. The list lives in memory; the audit trail is what survives a restart.
 */
@ApplicationScoped
public class UrgentCalls implements CallCentreListener {

    /** The audit's actor for what the line itself did. */
    static final String LINE = "line";

    private static final Logger LOG = Logger.getLogger(UrgentCalls.class.getName());

    /** An open alert. */
    public record Alert(CallId call, LineId line, Instant at) {
    }

    private final Map<CallId, Alert> open = new ConcurrentHashMap<>();
    private ExecutorService auditing;

    @Inject
    AuditTrail trail;

    @Resource
    ManagedThreadFactory threads;

    @PostConstruct
    void start() {
        auditing = Executors.newSingleThreadExecutor(threads);
    }

    @PreDestroy
    void stop() {
        auditing.shutdown();
        try {
            auditing.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Called on the line's signal thread: the alert opens at once, its audit entry is written on a thread of its own. */
    @Override
    public void onEvent(CallCentreEvent event) {
        if (!(event instanceof CallCentreEvent.CallMarkedUrgent)) {
            return;
        }
        CallCentreEvent.CallMarkedUrgent urgent = (CallCentreEvent.CallMarkedUrgent) event;
        open.putIfAbsent(urgent.call(), new Alert(urgent.call(), urgent.line(), urgent.at()));
        auditing.execute(() -> {
            try {
                trail.append(LINE, "system", AuditAction.URGENT, AuditSubject.of("call", urgent.call().value()),
                        "the caller keyed the duress code of line " + urgent.line().value());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "the urgent call " + urgent.call() + " could not be audited", e);
            }
        });
    }

    /** Returns the open alerts, oldest first. */
    public List<Alert> open() {
        return open.values().stream().sorted(Comparator.comparing(Alert::at)).toList();
    }

    /**
     * Closes the alert of {@code call}, recording who acknowledged it and why.
     *
     * @return the alert, or empty when none is open for the call (nothing is recorded then)
     */
    public Optional<Alert> acknowledge(CallId call, String user, String role, String note) {
        Alert alert = open.remove(call);
        if (alert != null) {
            trail.append(user, role, AuditAction.ACKNOWLEDGE, AuditSubject.of("call", call.value()),
                    "acknowledged the urgent call alert" + (note.isBlank() ? "" : ": " + note));
        }
        return Optional.ofNullable(alert);
    }
}
