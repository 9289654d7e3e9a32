package org.govcc.reference.persistence;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.govcc.api.call.CallId;
import org.govcc.api.call.LineId;
import org.govcc.api.cases.Actor;
import org.govcc.api.cases.CaseAccessDeniedException;
import org.govcc.api.cases.CaseId;
import org.govcc.api.cases.CaseNote;
import org.govcc.api.cases.CasePage;
import org.govcc.api.cases.CaseQuery;
import org.govcc.api.cases.CaseStatus;
import org.govcc.api.cases.CaseStore;
import org.govcc.api.cases.CaseTransition;
import org.govcc.api.cases.CitizenCase;
import org.govcc.api.cases.NewCase;
import org.govcc.api.cases.Referral;
import org.govcc.api.cases.ResolutionTime;
import org.govcc.api.cases.StatusChange;
import org.govcc.api.citizen.Afm;
import org.govcc.api.citizen.Amka;
import org.govcc.api.citizen.CitizenIdentifier;
import org.govcc.api.complaint.ConfidentialityPolicy;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.TopicId;
import org.govcc.reference.audit.AuditAction;
import org.govcc.reference.audit.AuditSubject;
import org.govcc.reference.audit.AuditTrail;

/**
 * The {@link CaseStore} on JPA. Every method runs in the caller's transaction (JTA in the server, a local one
 * in tests), so that a case, its history and its audit rows are written together or not at all.
 *
 * <p>Case ids are {@code C<number>}; the reference a citizen is told is {@code <year>-<number, 6 digits>}.
 * Sealed cases follow their line's {@link ConfidentialityPolicy}: only its reader roles may touch them, and every
 * access (refusals included) is appended to the line's {@link AuditTrail}, in the same transaction, when the policy
 * audits reads: subject {@code case C<number>}, the actor's id and roles, and what was done. (Schema versions before 9
 * kept these rows in {@code GOVCC_CASE_AUDIT}, which is kept but no longer written.) Not thread-safe by itself: an
 * {@link EntityManager} belongs to one thread; the container gives each transaction its own.
 *
 * <p>A case's due date is fixed when it is opened, from its topic's {@link ResolutionTime} in calendar days of the
 * store's zone. Searches run in the database ({@link CaseSearch}).
 */
public final class JpaCaseStore implements CaseStore {

    /** The provider id. */
    public static final String ID = "jpa";

    private final EntityManager em;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<LineId, ConfidentialityPolicy> lines;
    private final Function<TopicId, ResolutionTime> resolution;
    private final AuditTrail trail;

    /**
     * Creates the store.
     *
     * @param em the entity manager of the current transaction
     * @param clock the time source for openings, notes and audit rows
     * @param zone the zone whose year starts the references and whose days count towards due dates
     * @param lines every line's confidentiality policy
     * @param resolution each topic's resolution time
     * @param trail the audit trail of sealed cases, appending in {@code em}'s transaction
     */
    public JpaCaseStore(EntityManager em, Clock clock, ZoneId zone, Map<LineId, ConfidentialityPolicy> lines,
                        Function<TopicId, ResolutionTime> resolution, AuditTrail trail) {
        this.em = Require.nonNull(em, "entity manager");
        this.clock = Require.nonNull(clock, "clock");
        this.zone = Require.nonNull(zone, "zone");
        this.lines = Map.copyOf(Require.nonNull(lines, "lines"));
        this.resolution = Require.nonNull(resolution, "resolution");
        this.trail = Require.nonNull(trail, "audit trail");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CitizenCase open(NewCase request, Actor actor) {
        Require.nonNull(request, "request");
        Require.nonNull(actor, "actor");
        ConfidentialityPolicy policy = policy(request.line());
        ResolutionTime due = Require.nonNull(resolution.apply(request.topic()),
                "resolution time of " + request.topic());
        if (request.sealed()) {
            Require.that(!policy.readerRoles().isEmpty(), "line " + request.line()
                    + " restricts no readers, so a sealed case opened there could never be read");
            if (!policy.mayRead(actor.roles())) {
                throw new IllegalArgumentException("actor '" + actor.id() + "' may not open sealed cases on line "
                        + request.line());
            }
        }
        Instant now = now();
        CaseEntity entity = new CaseEntity();
        entity.line = request.line().value();
        entity.topic = request.topic().value();
        entity.call = request.call().map(CallId::value).orElse(null);
        request.citizen().ifPresent(id -> {
            entity.citizenKind = id instanceof Amka ? "AMKA" : "AFM";
            entity.citizenDigits = id.digits();
        });
        entity.subject = request.subject();
        entity.sealed = request.sealed();
        entity.status = CaseStatus.NEW;
        entity.openedAt = now;
        entity.dueAt = UtcInstantConverter.stored(due.dueAt(now, zone));
        entity.history.add(transition(entity, null, StatusChange.to(CaseStatus.NEW, "opened"), actor, now));
        em.persist(entity);
        em.flush(); // assigns the number the reference is made of
        entity.reference = now.atZone(zone).getYear() + "-" + String.format("%06d", entity.number);
        audit(entity, actor, AuditAction.CREATE, "opened a sealed request");
        return toRecord(entity);
    }

    @Override
    public Optional<CitizenCase> find(CaseId id, Actor actor) {
        return entity(id).map(e -> {
            checkAccess(e, actor, AuditAction.READ, "read the request");
            return toRecord(e);
        });
    }

    @Override
    public Optional<CitizenCase> findByReference(String reference, Actor actor) {
        Require.nonNull(reference, "reference");
        return em.createQuery("select c from CaseEntity c where c.reference = :ref", CaseEntity.class)
                .setParameter("ref", reference)
                .getResultStream()
                .findFirst()
                .map(e -> {
                    checkAccess(e, actor, AuditAction.READ, "read the request by its reference");
                    return toRecord(e);
                });
    }

    @Override
    public List<CitizenCase> findByCitizen(CitizenIdentifier citizen, Actor actor) {
        Require.nonNull(citizen, "citizen");
        Require.nonNull(actor, "actor");
        return em.createQuery("select c from CaseEntity c where c.citizenKind = :kind and c.citizenDigits = :digits"
                        + " order by c.openedAt desc, c.number desc", CaseEntity.class)
                .setParameter("kind", citizen instanceof Amka ? "AMKA" : "AFM")
                .setParameter("digits", citizen.digits())
                .getResultStream()
                .filter(e -> !e.sealed || policy(new LineId(e.line)).mayRead(actor.roles()))
                .peek(e -> audit(e, actor, AuditAction.READ, "listed among the citizen's requests"))
                .map(this::toRecord)
                .collect(Collectors.toList());
    }

    @Override
    public CitizenCase addNote(CaseId id, String text, Actor actor) {
        CaseEntity e = existing(id);
        checkAccess(e, actor, AuditAction.CHANGE, "added a note");
        CaseNote note = new CaseNote(actor.id(), text, now()); // validates before anything is written
        CaseNoteEntity row = new CaseNoteEntity();
        row.owner = e;
        row.author = note.author();
        row.text = note.text();
        row.at = note.at();
        e.notes.add(row);
        em.flush();
        return toRecord(e);
    }

    @Override
    public CitizenCase transition(CaseId id, CaseStatus target, String reason, Actor actor) {
        return transition(id, StatusChange.to(target, reason), actor);
    }

    @Override
    public CitizenCase transition(CaseId id, StatusChange change, Actor actor) {
        Require.nonNull(change, "change");
        CaseEntity e = existing(id);
        checkAccess(e, actor, AuditAction.CHANGE, "moved the request to " + change.to());
        if (!e.status.canMoveTo(change.to())) {
            throw new IllegalStateException("case " + id + " is " + e.status + " and may not move to " + change.to()
                    + "; it may move to " + e.status.next());
        }
        e.history.add(transition(e, e.status, change, actor, now()));
        e.status = change.to();
        em.flush();
        return toRecord(e);
    }

    @Override
    public CasePage search(CaseQuery query, Actor actor) {
        Require.nonNull(query, "query");
        Require.nonNull(actor, "actor");
        CaseSearch.Found found = new CaseSearch(em, lines).run(query, actor);
        found.page().forEach(e -> audit(e, actor, AuditAction.READ, "found by a search"));
        return new CasePage(found.page().stream().map(this::toRecord).collect(Collectors.toList()), found.total(),
                query.offset(), query.limit());
    }

    /** The clock's instant as the columns keep it (microseconds), so that what is returned is what is stored. */
    private Instant now() {
        return UtcInstantConverter.stored(clock.instant());
    }

    private Optional<CaseEntity> entity(CaseId id) {
        Require.nonNull(id, "case id");
        String value = id.value();
        if (!value.matches("C[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(CaseEntity.class, Long.parseLong(value.substring(1))));
    }

    private CaseEntity existing(CaseId id) {
        return entity(id).orElseThrow(() -> new IllegalArgumentException("no case " + id));
    }

    private void checkAccess(CaseEntity e, Actor actor, AuditAction action, String reason) {
        Require.nonNull(actor, "actor");
        if (!e.sealed) {
            return;
        }
        ConfidentialityPolicy policy = policy(new LineId(e.line));
        if (!policy.mayRead(actor.roles())) {
            // The refusal is part of the trail even though the call fails (the caller keeps it: dontRollbackOn).
            audit(e, actor, AuditAction.REFUSED, reason + ": refused, only " + policy.readerRoles()
                    + " may touch sealed requests");
            throw new CaseAccessDeniedException(actor, caseId(e));
        }
        audit(e, actor, action, reason);
    }

    private void audit(CaseEntity e, Actor actor, AuditAction action, String reason) {
        if (e.sealed && policy(new LineId(e.line)).auditReads()) {
            trail.append(actor.id(), actor.roles().isEmpty() ? "none" : String.join(",",
                    new java.util.TreeSet<>(actor.roles())), action, auditSubject(caseId(e)), reason);
        }
    }

    /** The audit trail's subject for a case: {@code case C<number>}. */
    public static AuditSubject auditSubject(CaseId id) {
        return AuditSubject.of("case", Require.nonNull(id, "case id").value());
    }

    private ConfidentialityPolicy policy(LineId line) {
        ConfidentialityPolicy policy = lines.get(line);
        Require.that(policy != null, "unknown line '" + line + "'; the store knows " + lines.keySet());
        return policy;
    }

    private static CaseTransitionEntity transition(CaseEntity owner, CaseStatus from, StatusChange change,
                                                   Actor actor, Instant at) {
        CaseTransitionEntity row = new CaseTransitionEntity();
        row.owner = owner;
        row.from = from;
        row.to = change.to();
        row.actor = actor.id();
        row.reason = change.reason();
        row.at = at;
        change.referral().ifPresent(r -> {
            row.referralBody = r.body();
            row.referralReference = r.reference();
        });
        return row;
    }

    private static CaseId caseId(CaseEntity e) {
        return new CaseId("C" + e.number);
    }

    private CitizenCase toRecord(CaseEntity e) {
        Optional<CitizenIdentifier> citizen = Optional.ofNullable(e.citizenKind)
                .map(kind -> kind.equals("AMKA") ? new Amka(e.citizenDigits) : new Afm(e.citizenDigits));
        return new CitizenCase(caseId(e), e.reference, new LineId(e.line), new TopicId(e.topic),
                Optional.ofNullable(e.call).map(CallId::new), citizen, e.subject, e.sealed, e.status,
                e.notes.stream().map(n -> new CaseNote(n.author, n.text, n.at)).collect(Collectors.toList()),
                e.history.stream().map(h -> new CaseTransition(Optional.ofNullable(h.from), h.to, h.actor, h.reason,
                        h.at, Optional.ofNullable(h.referralBody).map(b -> new Referral(b, h.referralReference))))
                        .collect(Collectors.toList()),
                e.openedAt, e.dueAt);
    }
}
