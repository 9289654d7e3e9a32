package org.govcc.reference.persistence;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.govcc.api.call.CallId;
import org.govcc.api.call.LineId;
import org.govcc.api.cases.Actor;
import org.govcc.api.cases.CaseAccessDeniedException;
import org.govcc.api.cases.CaseId;
import org.govcc.api.cases.CaseNote;
import org.govcc.api.cases.CaseStatus;
import org.govcc.api.cases.CaseStore;
import org.govcc.api.cases.CaseTransition;
import org.govcc.api.cases.CitizenCase;
import org.govcc.api.cases.NewCase;
import org.govcc.api.citizen.Afm;
import org.govcc.api.citizen.Amka;
import org.govcc.api.citizen.CitizenIdentifier;
import org.govcc.api.complaint.ConfidentialityPolicy;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.TopicId;

/**
 * The {@link CaseStore} on JPA. Every method runs in the caller's transaction (JTA in the server, a local one
 * in tests), so that a case, its history and its audit rows are written together or not at all.
 *
 * <p>Case ids are {@code C<number>}; the reference a citizen is told is {@code <year>-<number, 6 digits>}.
 * Sealed cases follow their line's {@link ConfidentialityPolicy}: only its reader roles may touch them, and every
 * access (refusals included) is written to the audit table when the policy audits reads. Not thread-safe by
 * itself: an {@link EntityManager} belongs to one thread; the container gives each transaction its own.
 */
public final class JpaCaseStore implements CaseStore {

    /** The provider id. */
    public static final String ID = "jpa";

    private final EntityManager em;
    private final Clock clock;
    private final ZoneId zone;
    private final Function<LineId, ConfidentialityPolicy> policies;

    /**
     * Creates the store.
     *
     * @param em the entity manager of the current transaction
     * @param clock the time source for openings, notes and audit rows
     * @param zone the zone whose year starts the references
     * @param policies each line's confidentiality policy
     */
    public JpaCaseStore(EntityManager em, Clock clock, ZoneId zone, Function<LineId, ConfidentialityPolicy> policies) {
        this.em = Require.nonNull(em, "entity manager");
        this.clock = Require.nonNull(clock, "clock");
        this.zone = Require.nonNull(zone, "zone");
        this.policies = Require.nonNull(policies, "policies");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CitizenCase open(NewCase request, Actor actor) {
        Require.nonNull(request, "request");
        Require.nonNull(actor, "actor");
        ConfidentialityPolicy policy = policies.apply(request.line());
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
        entity.status = CaseStatus.OPEN;
        entity.openedAt = now;
        entity.history.add(transition(entity, null, CaseStatus.OPEN, actor, "opened", now));
        em.persist(entity);
        em.flush(); // assigns the number the reference is made of
        entity.reference = now.atZone(zone).getYear() + "-" + String.format("%06d", entity.number);
        audit(entity, actor, "OPEN", now);
        return toRecord(entity);
    }

    @Override
    public Optional<CitizenCase> find(CaseId id, Actor actor) {
        return entity(id).map(e -> {
            checkAccess(e, actor, "READ");
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
                    checkAccess(e, actor, "READ");
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
                .filter(e -> !e.sealed || policies.apply(new LineId(e.line)).mayRead(actor.roles()))
                .peek(e -> audit(e, actor, "READ", now()))
                .map(this::toRecord)
                .collect(Collectors.toList());
    }

    @Override
    public CitizenCase addNote(CaseId id, String text, Actor actor) {
        CaseEntity e = existing(id);
        checkAccess(e, actor, "NOTE");
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
        Require.nonNull(target, "target");
        Require.nonNull(reason, "reason");
        CaseEntity e = existing(id);
        checkAccess(e, actor, "TRANSITION");
        if (!e.status.canMoveTo(target)) {
            throw new IllegalStateException("case " + id + " is " + e.status + " and may not move to " + target
                    + "; it may move to " + e.status.next());
        }
        e.history.add(transition(e, e.status, target, actor, reason, now()));
        e.status = target;
        em.flush();
        return toRecord(e);
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

    private void checkAccess(CaseEntity e, Actor actor, String action) {
        Require.nonNull(actor, "actor");
        if (!e.sealed) {
            return;
        }
        ConfidentialityPolicy policy = policies.apply(new LineId(e.line));
        Instant now = now();
        if (!policy.mayRead(actor.roles())) {
            audit(e, actor, "DENIED", now); // the refusal is part of the trail even though the call fails
            em.flush();
            throw new CaseAccessDeniedException(actor, caseId(e));
        }
        audit(e, actor, action, now);
    }

    private void audit(CaseEntity e, Actor actor, String action, Instant at) {
        if (e.sealed && policies.apply(new LineId(e.line)).auditReads()) {
            em.persist(CaseAuditEntity.of(e.number, actor.id(), action, at));
        }
    }

    private static CaseTransitionEntity transition(CaseEntity owner, CaseStatus from, CaseStatus to, Actor actor,
                                                   String reason, Instant at) {
        CaseTransitionEntity row = new CaseTransitionEntity();
        row.owner = owner;
        row.from = from;
        row.to = to;
        row.actor = actor.id();
        row.reason = reason;
        row.at = at;
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
                        h.at)).collect(Collectors.toList()),
                e.openedAt);
    }
}
