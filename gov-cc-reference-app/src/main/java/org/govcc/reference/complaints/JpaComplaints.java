package org.govcc.reference.complaints;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.call.CallId;
import org.govcc.api.call.LineId;
import org.govcc.api.cases.Actor;
import org.govcc.api.complaint.Complaint;
import org.govcc.api.complaint.ComplaintAccessDeniedException;
import org.govcc.api.complaint.ComplaintCategory;
import org.govcc.api.complaint.ComplaintId;
import org.govcc.api.complaint.ComplaintIntake;
import org.govcc.api.complaint.ComplaintNote;
import org.govcc.api.complaint.ComplaintStatus;
import org.govcc.api.complaint.ConfidentialityPolicy;
import org.govcc.api.complaint.ReferralAgency;
import org.govcc.api.complaint.ReferralStatus;
import org.govcc.api.internal.Require;
import org.govcc.reference.persistence.UtcInstantConverter;

/**
 * The complaints in the database, on one entity manager (one transaction): received, read, described, classified,
 * noted, referred and closed, each checked against the line's {@link ConfidentialityPolicy} (only its reader roles
 * read or change a complaint) and each recorded in the {@link ComplaintAudit}, refusals included. Workplace,
 * narrative, notes and referral references are sealed before they reach an entity and opened only when read
 * ({@link ComplaintRows}). Not thread-safe: an {@link EntityManager} belongs to one thread.
 */
public final class JpaComplaints {

    private final EntityManager em;
    private final Clock clock;
    private final Map<LineId, ConfidentialityPolicy> policies;
    private final ComplaintRows rows;
    private final ComplaintAudit audit;
    private final Optional<Duration> complaintRetention;

    /**
     * Creates the store.
     *
     * @param em the entity manager of the current transaction
     * @param clock the time of receipts, notes, referrals and closings
     * @param policies every line's policy; complaints are taken on the lines whose policy names reader roles
     * @param sealer seals and opens the confidential fields
     * @param audit where every access is recorded
     * @param complaintRetention how long a closed complaint is kept, if not its line's retention
     */
    public JpaComplaints(EntityManager em, Clock clock, Map<LineId, ConfidentialityPolicy> policies,
                         FieldSealer sealer, ComplaintAudit audit, Optional<Duration> complaintRetention) {
        this.em = Require.nonNull(em, "entity manager");
        this.clock = Require.nonNull(clock, "clock");
        this.policies = Map.copyOf(Require.nonNull(policies, "policies"));
        this.rows = new ComplaintRows(em, Require.nonNull(sealer, "sealer"));
        this.audit = Require.nonNull(audit, "audit");
        this.complaintRetention = Require.nonNull(complaintRetention, "complaintRetention");
    }

    /**
     * Receives a complaint taken by {@code receiver}, with the workplace and a first note if given.
     *
     * @throws ComplaintAccessDeniedException if the receiver is not one of the line's readers (recorded)
     * @throws ComplaintProblem if the line takes no complaints, or the intake carries a caller's number
     */
    public Complaint receive(ComplaintIntake intake, Optional<String> workplace, Optional<String> note,
                             Actor receiver) {
        Require.nonNull(intake, "intake");
        ConfidentialityPolicy policy = complaintLine(intake.line());
        requireReader(policy, receiver, Optional.empty(), "receive a complaint on line " + intake.line());
        if (intake.caller().number().isPresent()) {
            // The handler keeps no caller's number at all, on any line: the intake must come anonymous.
            throw new ComplaintProblem(ComplaintProblem.Kind.INVALID, "caller", "a complaint keeps no caller's"
                    + " number: receive the intake anonymous (the call id links it to its call)");
        }
        workplace.ifPresent(Complaint::requireWorkplace);
        ComplaintEntity row = new ComplaintEntity();
        row.line = intake.line().value();
        row.call = intake.call().map(CallId::value).orElse(null);
        row.category = intake.chosenCategory().orElse(ComplaintCategory.UNCLASSIFIED).name();
        row.status = ComplaintStatus.OPEN.name();
        row.receivedAt = UtcInstantConverter.stored(intake.receivedAt());
        row.receivedBy = receiver.id();
        row.narrativeSealed = new byte[0]; // sealed below, once the row has its number
        em.persist(row); // the sequence gives the number now: the sealed values are bound to it
        row.narrativeSealed = rows.seal(row, "NARRATIVE_SEALED", intake.summary());
        row.workplaceSealed = workplace.map(w -> rows.seal(row, "WORKPLACE_SEALED", w)).orElse(null);
        note.ifPresent(text -> appendNote(row, text, receiver));
        record(receiver, ComplaintAction.CREATE, Optional.of(ComplaintRows.id(row)), "line "
                + row.line + ", category " + row.category + (row.call == null ? "" : ", call " + row.call));
        return rows.complaint(row);
    }

    /** Returns complaint {@code id}, recording the read; empty if there is none. */
    public Optional<Complaint> find(ComplaintId id, Actor reader) {
        Optional<ComplaintEntity> row = entity(id);
        if (row.isEmpty()) {
            requireReaderOfAnyLine(reader, id);
            return Optional.empty();
        }
        require(row.get(), reader, "read");
        record(reader, ComplaintAction.READ, Optional.of(id), "");
        return Optional.of(rows.complaint(row.get()));
    }

    /**
     * Returns complaint {@code id} for an export by {@code reader}, recording it as one.
     *
     * @throws ComplaintProblem if there is no such complaint
     */
    public Complaint export(ComplaintId id, Actor reader) {
        ComplaintEntity row = existing(id, reader, "export");
        record(reader, ComplaintAction.EXPORT, Optional.of(id), "the whole complaint, as JSON");
        return rows.complaint(row);
    }

    /** Sets the workplace (empty: not known) and the narrative of open complaint {@code id}. */
    public Complaint describe(ComplaintId id, Optional<String> workplace, String narrative, Actor actor) {
        workplace.ifPresent(Complaint::requireWorkplace);
        Complaint.requireNarrative(narrative);
        ComplaintEntity row = changeable(id, actor, "describe");
        row.workplaceSealed = workplace.map(w -> rows.seal(row, "WORKPLACE_SEALED", w)).orElse(null);
        row.narrativeSealed = rows.seal(row, "NARRATIVE_SEALED", narrative);
        record(actor, ComplaintAction.DESCRIBE, Optional.of(id), "workplace "
                + (workplace.isPresent() ? "given" : "not known") + ", narrative of " + narrative.length()
                + " characters");
        return rows.complaint(row);
    }

    /** Classifies open complaint {@code id}. */
    public Complaint classify(ComplaintId id, ComplaintCategory category, Actor actor) {
        Require.nonNull(category, "category");
        ComplaintEntity row = changeable(id, actor, "classify");
        String before = row.category;
        row.category = category.name();
        record(actor, ComplaintAction.CLASSIFY, Optional.of(id), before + " -> " + category);
        return rows.complaint(row);
    }

    /** Appends a note by {@code actor}; a closed complaint takes notes too (what happened after). */
    public Complaint addNote(ComplaintId id, String text, Actor actor) {
        new ComplaintNote(actor.id(), text, clock.instant()); // checks the text before anything is written
        ComplaintEntity row = existing(id, actor, "add a note to");
        em.lock(row, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        appendNote(row, text, actor);
        record(actor, ComplaintAction.NOTE, Optional.of(id), "a note of " + text.length()
                + " characters");
        return rows.complaint(row);
    }

    /**
     * Refers open complaint {@code id} to {@code agency}, or moves that referral to {@code status} (its reference
     * kept unless a new one is given); an open complaint becomes referred.
     */
    public Complaint refer(ComplaintId id, ReferralAgency agency, ReferralStatus status, Optional<String> reference,
                           Actor actor) {
        Require.nonNull(agency, "agency");
        Require.nonNull(status, "status");
        reference.ifPresent(r -> Require.that(!r.isBlank() && r.length() <= 64, "reference must be 1-64 characters"));
        ComplaintEntity row = changeable(id, actor, "refer");
        Instant now = UtcInstantConverter.stored(clock.instant());
        ComplaintReferralEntity referral = em.find(ComplaintReferralEntity.class,
                new ComplaintReferralEntity.Key(row.number, agency.name()));
        String before = referral == null ? "none" : referral.status;
        if (referral == null) {
            referral = new ComplaintReferralEntity();
            referral.complaint = row.number;
            referral.agency = agency.name();
            referral.firstAt = now;
            em.persist(referral);
        }
        referral.status = status.name();
        referral.statusAt = now;
        referral.setBy = actor.id();
        ComplaintReferralEntity bound = referral;
        reference.ifPresent(r -> bound.referenceSealed = rows.seal(bound, r));
        if (ComplaintStatus.valueOf(row.status) == ComplaintStatus.OPEN) {
            row.status = ComplaintStatus.REFERRED.name();
        }
        record(actor, ComplaintAction.REFER, Optional.of(id), agency + ": " + before + " -> " + status
                + (reference.isPresent() ? ", reference given" : ""));
        return rows.complaint(row);
    }

    /** Closes complaint {@code id}, noting {@code reason}; it is kept for its line's retention from now. */
    public Complaint close(ComplaintId id, String reason, Actor actor) {
        new ComplaintNote(actor.id(), reason, clock.instant());
        ComplaintEntity row = changeable(id, actor, "close");
        Instant now = UtcInstantConverter.stored(clock.instant());
        row.status = ComplaintStatus.CLOSED.name();
        row.closedAt = now;
        row.retainUntil = now.plus(complaintRetention.orElse(complaintLine(new LineId(row.line)).retention()));
        appendNote(row, reason, actor);
        record(actor, ComplaintAction.CLOSE, Optional.of(id), "kept until " + row.retainUntil);
        return rows.complaint(row);
    }

    /**
     * How many rows a purge removed.
     *
     * @param complaints complaints past their retention
     * @param notes their notes
     * @param referrals their referrals
     * @param keys their creations' idempotency keys
     */
    public record Purged(int complaints, long notes, long referrals, long keys) {
    }

    /**
     * Deletes the closed complaints whose retention ended before {@code now}, with their notes, referrals and keys
     * (the schema's cascade); an open complaint has no end of retention and is never purged.
     */
    public Purged purgeExpired(Instant now) {
        Require.nonNull(now, "now");
        String expired = " IN (SELECT c.number FROM ComplaintEntity c WHERE c.retainUntil < :now)";
        long notes = count("SELECT COUNT(n) FROM ComplaintNoteEntity n WHERE n.complaint" + expired, now);
        long referrals = count("SELECT COUNT(r) FROM ComplaintReferralEntity r WHERE r.complaint" + expired, now);
        long keys = count("SELECT COUNT(k) FROM ComplaintKeyEntity k WHERE k.complaint" + expired, now);
        int complaints = em.createQuery("DELETE FROM ComplaintEntity c WHERE c.retainUntil < :now")
                .setParameter("now", now).executeUpdate();
        return new Purged(complaints, notes, referrals, keys);
    }

    private long count(String query, Instant now) {
        return em.createQuery(query, Long.class).setParameter("now", now).getSingleResult();
    }

    /** The rows, for the service's searches and retries (same entity manager). */
    ComplaintRows rows() {
        return rows;
    }

    /** Records a refusal of {@code actor} and throws it, unless they are one of {@code policy}'s readers. */
    void requireReader(ConfidentialityPolicy policy, Actor actor, Optional<ComplaintId> id, String what) {
        Require.nonNull(actor, "actor");
        if (!policy.mayRead(actor.roles())) {
            refusal(actor, id, "may not " + what + ": not one of " + policy.readerRoles());
            throw new ComplaintAccessDeniedException(actor.id(), "only " + policy.readerRoles()
                    + " read or change complaints");
        }
    }

    /** Refuses (recorded) an actor who reads no complaint line at all. */
    void requireReaderOfAnyLine(Actor actor, ComplaintId id) {
        Optional<ConfidentialityPolicy> readable = policies.values().stream()
                .filter(p -> !p.readerRoles().isEmpty()).filter(p -> p.mayRead(actor.roles())).findFirst();
        if (readable.isEmpty()) {
            refusal(actor, Optional.of(id), "may not read complaints: reads no complaint line");
            throw new ComplaintAccessDeniedException(actor.id(), "only complaint officers read complaints");
        }
    }

    /** Returns the policy of {@code line}, which must take complaints (its policy names reader roles). */
    ConfidentialityPolicy complaintLine(LineId line) {
        ConfidentialityPolicy policy = policies.get(line);
        if (policy == null || policy.readerRoles().isEmpty()) {
            throw new ComplaintProblem(ComplaintProblem.Kind.UNPROCESSABLE, "line", "line '" + line + "' takes no"
                    + " complaints; the complaint lines are " + policies.entrySet().stream()
                    .filter(e -> !e.getValue().readerRoles().isEmpty()).map(e -> e.getKey().value()).sorted()
                    .toList());
        }
        return policy;
    }

    private void record(Actor actor, ComplaintAction action, Optional<ComplaintId> id, String detail) {
        audit.record(actor.id(), ComplaintAudit.role(actor), action, id, detail);
    }

    private void refusal(Actor actor, Optional<ComplaintId> id, String detail) {
        audit.refusal(actor.id(), ComplaintAudit.role(actor), id, detail);
    }

    private void appendNote(ComplaintEntity row, String text, Actor author) {
        ComplaintNoteEntity note = new ComplaintNoteEntity();
        note.complaint = row.number;
        note.author = author.id();
        note.at = UtcInstantConverter.stored(clock.instant());
        note.textSealed = new byte[0];
        em.persist(note);
        note.textSealed = rows.seal(note, text);
    }

    private Optional<ComplaintEntity> entity(ComplaintId id) {
        return ComplaintRows.number(id).map(n -> em.find(ComplaintEntity.class, n));
    }

    private ComplaintEntity existing(ComplaintId id, Actor actor, String what) {
        ComplaintEntity row = entity(id).orElse(null);
        if (row == null) {
            requireReaderOfAnyLine(actor, id);
            throw new ComplaintProblem(ComplaintProblem.Kind.UNKNOWN, "id", "no complaint " + id);
        }
        require(row, actor, what);
        return row;
    }

    /** The complaint, checked for access, locked for the change, and refused (409) when closed. */
    private ComplaintEntity changeable(ComplaintId id, Actor actor, String what) {
        ComplaintEntity row = existing(id, actor, what);
        if (ComplaintStatus.valueOf(row.status) == ComplaintStatus.CLOSED) {
            throw new ComplaintProblem(ComplaintProblem.Kind.CONFLICT, "status", "complaint " + id + " is closed:"
                    + " it takes notes only");
        }
        em.lock(row, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return row;
    }

    private void require(ComplaintEntity row, Actor actor, String what) {
        requireReader(complaintLine(new LineId(row.line)), actor, Optional.of(ComplaintRows.id(row)),
                what + " complaint " + ComplaintRows.id(row));
    }
}
