package org.govcc.reference.complaints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.LineId;
import org.govcc.api.cases.Actor;
import org.govcc.api.complaint.Complaint;
import org.govcc.api.complaint.ComplaintCategory;
import org.govcc.api.complaint.ComplaintId;
import org.govcc.api.complaint.ComplaintIntake;
import org.govcc.api.complaint.ComplaintReceipt;
import org.govcc.api.complaint.ComplaintHandler;
import org.govcc.api.complaint.ConfidentialityPolicy;
import org.govcc.api.complaint.ReferralAgency;
import org.govcc.api.complaint.ReferralStatus;
import org.govcc.reference.complaints.ComplaintBodies.NewComplaint;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.persistence.CallRecord;
import org.govcc.reference.persistence.IdempotencyKeyId;
import org.govcc.reference.persistence.JpaCallRecords;
import org.govcc.reference.persistence.UtcInstantConverter;

/**
 * The reference line's {@link ComplaintHandler} (provider id {@value #ID}): complaints in the line's database
 * ({@link JpaComplaints}), their confidential fields sealed with the line's complaint key, every access recorded in
 * the audit trail. One JTA transaction per call: a refused change writes nothing (but its refusal, which the audit
 * keeps in a transaction of its own). Thread-safe.
 */
@ApplicationScoped
public class ComplaintService implements ComplaintHandler {

    /** The provider id. */
    public static final String ID = "reference-jpa";

    /** Who receives a complaint that comes without an officer (an intake from the IVR, say). */
    private static final String SYSTEM_INTAKE = "system:intake";

    /** What a creation gave: the complaint, and whether an earlier try with the same key made it. */
    record Created(Complaint complaint, boolean replayed) {
    }

    @PersistenceContext(unitName = "govcc")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LineConfiguration configuration;

    @Inject
    FieldSealer sealer;

    @Inject
    ComplaintAudit audit;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ConfidentialityPolicy policyFor(LineId line) {
        return configuration.line(line).map(l -> l.policy()).orElse(ConfidentialityPolicy.standard());
    }

    @Override
    @Transactional
    public ComplaintReceipt receive(ComplaintIntake intake) {
        Actor system = new Actor(SYSTEM_INTAKE, policyFor(intake.line()).readerRoles());
        return receipt(store().receive(intake, Optional.empty(), Optional.empty(), system));
    }

    @Override
    @Transactional
    public ComplaintReceipt receive(ComplaintIntake intake, Actor receiver) {
        return receipt(store().receive(intake, Optional.empty(), Optional.empty(), receiver));
    }

    @Override
    @Transactional
    public Optional<Complaint> find(ComplaintId id, Actor reader) {
        return store().find(id, reader);
    }

    @Override
    @Transactional
    public Complaint describe(ComplaintId id, Optional<String> workplace, String narrative, Actor actor) {
        return store().describe(id, workplace, narrative, actor);
    }

    @Override
    @Transactional
    public Complaint classify(ComplaintId id, ComplaintCategory category, Actor actor) {
        return store().classify(id, category, actor);
    }

    @Override
    @Transactional
    public Complaint addNote(ComplaintId id, String text, Actor actor) {
        return store().addNote(id, text, actor);
    }

    @Override
    @Transactional
    public Complaint refer(ComplaintId id, ReferralAgency agency, ReferralStatus status, Optional<String> reference,
                           Actor actor) {
        return store().refer(id, agency, status, reference, actor);
    }

    @Override
    @Transactional
    public Complaint close(ComplaintId id, String reason, Actor actor) {
        return store().close(id, reason, actor);
    }

    /**
     * Receives the complaint {@code in} asks for, taken by {@code officer}; or, for a retry with {@code key} and the
     * same body, finds the one the first try made.
     *
     * @throws ComplaintProblem 422 for an unknown line or call, a call of another line, or a key reused with
     *                          another body
     */
    @Transactional
    public Created create(Actor officer, NewComplaint in, Optional<String> key) {
        JpaComplaints store = store();
        LineId line = new LineId(in.line());
        store.requireReader(store.complaintLine(line), officer, Optional.empty(), "receive a complaint on " + line);
        if (key.isPresent()) {
            Optional<Created> earlier = replay(store, officer, in, key.get());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Optional<CallId> call = Optional.ofNullable(in.call()).map(CallId::new);
        call.ifPresent(c -> requireCallOn(c, line));
        ComplaintIntake intake = new ComplaintIntake(line, call, CallerId.anonymous(),
                Optional.ofNullable(in.category()).map(ComplaintCategory::valueOf),
                in.narrative() == null ? "" : in.narrative(), clock.instant());
        Complaint complaint = store.receive(intake, Optional.ofNullable(in.workplace()), Optional.ofNullable(in.note()),
                officer);
        key.ifPresent(k -> remember(store, officer, k, in, complaint.id()));
        return new Created(complaint, false);
    }

    /** Returns complaint {@code id} for an export, recorded as one. */
    @Transactional
    public Complaint export(ComplaintId id, Actor officer) {
        return store().export(id, officer);
    }

    /** Returns one page of the complaints that match {@code search}, newest first; the list read is recorded. */
    @Transactional
    public ComplaintSummary.Page search(Actor officer, ComplaintSearch search) {
        JpaComplaints store = store();
        Set<LineId> lines = new java.util.HashSet<>();
        configuration.lines().stream().filter(l -> !l.policy().readerRoles().isEmpty())
                .filter(l -> l.policy().mayRead(officer.roles())).forEach(l -> lines.add(l.id()));
        if (lines.isEmpty()) {
            store.requireReaderOfAnyLine(officer, new ComplaintId("list"));
        }
        ComplaintSummary.Page page = search.run(em, lines, configuration.calendar().zone());
        audit.record(officer.id(), ComplaintAudit.role(officer), ComplaintAction.LIST, Optional.empty(),
                search.describe() + ": " + page.complaints().size() + " of " + page.total());
        return page;
    }

    /** Deletes the closed complaints past their retention (see {@link JpaComplaints#purgeExpired}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public JpaComplaints.Purged purgeExpired(java.time.Instant now) {
        return store().purgeExpired(now);
    }

    private Optional<Created> replay(JpaComplaints store, Actor officer, NewComplaint in, String key) {
        ComplaintKeyEntity row = em.find(ComplaintKeyEntity.class, new IdempotencyKeyId(officer.id(), key));
        if (row == null) {
            return Optional.empty();
        }
        ComplaintId id = new ComplaintId("K" + row.complaint);
        if (!store.rows().open(row).equals(in.canonical())) {
            throw new ComplaintProblem(ComplaintProblem.Kind.UNPROCESSABLE, "Idempotency-Key", "this Idempotency-Key"
                    + " made complaint " + id + " with another body; use a new key for a new complaint");
        }
        return store.find(id, officer).map(c -> new Created(c, true));
    }

    private void remember(JpaComplaints store, Actor officer, String key, NewComplaint in, ComplaintId id) {
        ComplaintKeyEntity row = new ComplaintKeyEntity();
        row.actor = officer.id();
        row.key = key;
        row.complaint = ComplaintRows.number(id).orElseThrow();
        row.createdAt = UtcInstantConverter.stored(clock.instant());
        row.askedSealed = store.rows().seal(row, in.canonical());
        em.persist(row);
    }

    private void requireCallOn(CallId call, LineId line) {
        CallRecord record = new JpaCallRecords(em).find(call).orElseThrow(() -> new ComplaintProblem(
                ComplaintProblem.Kind.UNPROCESSABLE, "call", "no record of call '" + call + "' (yet): give the"
                + " call id the line reported, once the call has arrived"));
        if (!record.line().map(line::equals).orElse(false)) {
            throw new ComplaintProblem(ComplaintProblem.Kind.UNPROCESSABLE, "call", "call '" + call + "' came in on"
                    + " line " + record.line().map(Object::toString).orElse("(unknown)") + ", not on '" + line + "'");
        }
    }

    private JpaComplaints store() {
        Map<LineId, ConfidentialityPolicy> policies = new HashMap<>();
        configuration.lines().forEach(l -> policies.put(l.id(), l.policy()));
        return new JpaComplaints(em, clock, policies, sealer, audit, configuration.retention().complaints());
    }

    private static ComplaintReceipt receipt(Complaint c) {
        return new ComplaintReceipt(c.id(), c.category(), Optional.empty(), c.receivedAt());
    }
}
