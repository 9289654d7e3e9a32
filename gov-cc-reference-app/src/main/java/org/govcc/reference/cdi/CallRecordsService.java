package org.govcc.reference.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.call.CallId;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.reference.config.AgentDesk;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.persistence.CallFigures;
import org.govcc.reference.persistence.CallLeg;
import org.govcc.reference.persistence.CallRecord;
import org.govcc.reference.persistence.CallRetention;
import org.govcc.reference.persistence.JpaCallRecords;
import org.govcc.reference.persistence.PendingCallback;
import org.govcc.reference.persistence.PendingSealedCallback;

/** The call records in the server's database: one JTA transaction per batch of events, and per query. */
@ApplicationScoped
public class CallRecordsService {

    @PersistenceContext(unitName = "govcc")
    EntityManager em;

    @Inject
    LineConfiguration configuration;

    /** Folds {@code events} into the records, all in one transaction: all of them are written or none. */
    @Transactional
    public void write(List<CallCentreEvent> events) {
        AgentDesk desk = configuration.desk();
        JpaCallRecords records = new JpaCallRecords(em, queue -> desk.ruleFor(queue).defaultCode(),
                new CallRetention(configuration.retentionByLine()));
        events.forEach(records::apply);
    }

    /** Erases the records past their line's retention (its {@code ConfidentialityPolicy}); returns how many. */
    @Transactional
    public int eraseExpired(Map<LineId, Duration> retention, Instant now) {
        return new JpaCallRecords(em).eraseExpired(retention, now);
    }

    /** Closes the records of the calls a stop of the server cut off (see {@link JpaCallRecords#closeInterrupted}). */
    @Transactional
    public int closeInterrupted() {
        return new JpaCallRecords(em).closeInterrupted();
    }

    /** Returns the callbacks still waiting (see {@link JpaCallRecords#pendingCallbacks}). */
    @Transactional
    public List<PendingCallback> pendingCallbacks() {
        return new JpaCallRecords(em).pendingCallbacks();
    }

    /** Returns the consented callbacks still waiting (see {@link JpaCallRecords#pendingSealedCallbacks}). */
    @Transactional
    public List<PendingSealedCallback> pendingSealedCallbacks() {
        return new JpaCallRecords(em).pendingSealedCallbacks();
    }

    /** Closes a callback that cannot be queued again (see {@link JpaCallRecords#closeCallback}). */
    @Transactional
    public void closeCallback(CallId call, Instant at, String reason) {
        new JpaCallRecords(em).closeCallback(call, at, reason);
    }

    /** Returns the record of {@code call}, if the database holds one. */
    @Transactional
    public Optional<CallRecord> find(CallId call) {
        return new JpaCallRecords(em).find(call);
    }

    /** Returns the legs of {@code call} (see {@link JpaCallRecords#legsOf}). */
    @Transactional
    public List<CallLeg> legsOf(CallId call) {
        return new JpaCallRecords(em).legsOf(call);
    }

    /** Returns a caller's latest calls before {@code before} (see {@link JpaCallRecords#byCaller}). */
    @Transactional
    public List<CallRecord> byCaller(PhoneNumber caller, Instant before, int limit) {
        return new JpaCallRecords(em).byCaller(caller, before, limit);
    }

    /** Counts how the calls first seen in [{@code from}, {@code to}) went. */
    @Transactional
    public CallFigures figures(Instant from, Instant to) {
        return new JpaCallRecords(em).figures(from, to);
    }
}
