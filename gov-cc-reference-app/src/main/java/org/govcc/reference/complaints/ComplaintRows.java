package org.govcc.reference.complaints;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.govcc.api.call.CallId;
import org.govcc.api.call.LineId;
import org.govcc.api.complaint.Complaint;
import org.govcc.api.complaint.ComplaintCategory;
import org.govcc.api.complaint.ComplaintId;
import org.govcc.api.complaint.ComplaintNote;
import org.govcc.api.complaint.ComplaintReferral;
import org.govcc.api.complaint.ComplaintStatus;
import org.govcc.api.complaint.ReferralAgency;
import org.govcc.api.complaint.ReferralStatus;

/**
 * The complaint rows and the domain's {@link Complaint}: seals a field bound to its table, column and row, and opens
 * them again when a complaint is read. Not thread-safe (one entity manager).
 */
final class ComplaintRows {

    /** A complaint's id is {@code K} and its row's number. */
    private static final String PREFIX = "K";

    private final EntityManager em;
    private final FieldSealer sealer;

    ComplaintRows(EntityManager em, FieldSealer sealer) {
        this.em = em;
        this.sealer = sealer;
    }

    /** Returns the id of the complaint of {@code row}. */
    static ComplaintId id(ComplaintEntity row) {
        return new ComplaintId(PREFIX + row.number);
    }

    /** Returns the row number of {@code id}, or empty when it is not one this store gives. */
    static Optional<Long> number(ComplaintId id) {
        String v = id.value();
        return v.matches(PREFIX + "[1-9][0-9]{0,17}") ? Optional.of(Long.parseLong(v.substring(1))) : Optional.empty();
    }

    /** Where {@code column} of complaint {@code row} is stored. */
    static SealedColumn at(ComplaintEntity row, String column) {
        return new SealedColumn(ComplaintEntity.TABLE, column, Long.toString(row.number));
    }

    static SealedColumn at(ComplaintNoteEntity note) {
        return new SealedColumn(ComplaintNoteEntity.TABLE, "TEXT_SEALED", Long.toString(note.id));
    }

    static SealedColumn at(ComplaintReferralEntity referral) {
        return new SealedColumn(ComplaintReferralEntity.TABLE, "REFERENCE_SEALED", referral.complaint + "/"
                + referral.agency);
    }

    static SealedColumn at(ComplaintKeyEntity key) {
        return new SealedColumn(ComplaintKeyEntity.TABLE, "ASKED_SEALED", key.actor + "/" + key.key);
    }

    byte[] seal(ComplaintEntity row, String column, String text) {
        return sealer.seal(text, at(row, column));
    }

    byte[] seal(ComplaintNoteEntity note, String text) {
        return sealer.seal(text, at(note));
    }

    byte[] seal(ComplaintReferralEntity referral, String reference) {
        return sealer.seal(reference, at(referral));
    }

    byte[] seal(ComplaintKeyEntity key, String asked) {
        return sealer.seal(asked, at(key));
    }

    String open(ComplaintKeyEntity key) {
        return sealer.open(key.askedSealed, at(key));
    }

    /** Returns the complaint of {@code row}, its fields opened, with its referrals and notes. */
    Complaint complaint(ComplaintEntity row) {
        em.flush(); // the notes and referrals of this transaction are read back with the others
        List<ComplaintReferral> referrals = em.createQuery("SELECT r FROM ComplaintReferralEntity r WHERE"
                        + " r.complaint = :n ORDER BY r.firstAt, r.agency", ComplaintReferralEntity.class)
                .setParameter("n", row.number).getResultList().stream()
                .map(r -> new ComplaintReferral(ReferralAgency.valueOf(r.agency), ReferralStatus.valueOf(r.status),
                        r.statusAt, Optional.ofNullable(r.referenceSealed).map(s -> sealer.open(s, at(r))), r.setBy))
                .toList();
        List<ComplaintNote> notes = em.createQuery("SELECT n FROM ComplaintNoteEntity n WHERE n.complaint = :n"
                        + " ORDER BY n.at, n.id", ComplaintNoteEntity.class)
                .setParameter("n", row.number).getResultList().stream()
                .map(n -> new ComplaintNote(n.author, sealer.open(n.textSealed, at(n)), n.at)).toList();
        return new Complaint(id(row), new LineId(row.line), Optional.ofNullable(row.call).map(CallId::new),
                ComplaintCategory.valueOf(row.category), ComplaintStatus.valueOf(row.status),
                Optional.ofNullable(row.workplaceSealed).map(s -> sealer.open(s, at(row, "WORKPLACE_SEALED"))),
                sealer.open(row.narrativeSealed, at(row, "NARRATIVE_SEALED")), referrals, notes, row.receivedAt,
                row.receivedBy, Optional.ofNullable(row.closedAt), Optional.ofNullable(row.retainUntil));
    }
}
