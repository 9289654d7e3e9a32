package org.govcc.api.complaint;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.call.CallId;
import org.govcc.api.call.LineId;
import org.govcc.api.internal.Require;

/**
 * A complaint as its officer reads it: the call it came from (never the caller's number), how it is classified, the
 * workplace or employer concerned, the complainant's account, its referrals and the officers' notes. Immutable.
 *
 * <p>Invariants: a referred complaint has at least one referral; a closed one says when it closed and until when it
 * is kept; no authority is named twice among the referrals.
 *
 * @param id the complaint's id
 * @param line the line it came in on
 * @param call the call it was taken on, if any
 * @param category how it is classified
 * @param status where it stands
 * @param workplace the workplace or employer concerned, at most 500 characters, if known
 * @param narrative the complainant's account as the officer wrote it down (may be empty), at most 20,000 characters
 * @param referrals one per authority referred to, in the order first referred
 * @param notes the officers' notes, oldest first
 * @param receivedAt when it was received
 * @param receivedBy who received it
 * @param closedAt when it was closed, if it is
 * @param retainUntil from when it may be purged (set at closing, from its line's retention), if closed
 * @since 0.2
 */
public record Complaint(ComplaintId id, LineId line, Optional<CallId> call, ComplaintCategory category,
                        ComplaintStatus status, Optional<String> workplace, String narrative,
                        List<ComplaintReferral> referrals, List<ComplaintNote> notes, Instant receivedAt,
                        String receivedBy, Optional<Instant> closedAt, Optional<Instant> retainUntil) {

    /** The longest workplace or employer. */
    public static final int MAX_WORKPLACE = 500;
    /** The longest narrative. */
    public static final int MAX_NARRATIVE = 20_000;

    /** Validates the values and freezes the lists. */
    public Complaint {
        Require.nonNull(id, "id");
        Require.nonNull(line, "line");
        Require.nonNull(call, "call");
        Require.nonNull(category, "category");
        Require.nonNull(status, "status");
        Require.nonNull(workplace, "workplace");
        workplace.ifPresent(Complaint::requireWorkplace);
        requireNarrative(narrative);
        referrals = List.copyOf(Require.nonNull(referrals, "referrals"));
        notes = List.copyOf(Require.nonNull(notes, "notes"));
        Require.nonNull(receivedAt, "receivedAt");
        Require.id(receivedBy, "receivedBy");
        Require.nonNull(closedAt, "closedAt");
        Require.nonNull(retainUntil, "retainUntil");
        Set<ReferralAgency> seen = EnumSet.noneOf(ReferralAgency.class);
        for (ComplaintReferral r : referrals) {
            Require.that(seen.add(r.agency()), "complaint " + id + " names " + r.agency() + " twice among its"
                    + " referrals");
        }
        Require.that(status != ComplaintStatus.REFERRED || !referrals.isEmpty(),
                "complaint " + id + " is REFERRED but names no referral");
        Require.that(closedAt.isPresent() == (status == ComplaintStatus.CLOSED),
                "complaint " + id + " is " + status + (closedAt.isPresent() ? " but has" : " but has no")
                        + " closing time");
        Require.that(retainUntil.isPresent() == closedAt.isPresent(),
                "complaint " + id + ": a retention end belongs to a closed complaint, and every closed one has one");
        closedAt.ifPresent(c -> Require.that(!c.isBefore(receivedAt), "complaint " + id + " closed at " + c
                + ", before it was received at " + receivedAt));
    }

    /** Returns the referral to {@code agency}, if there is one. */
    public Optional<ComplaintReferral> referral(ReferralAgency agency) {
        return referrals.stream().filter(r -> r.agency() == agency).findFirst();
    }

    /**
     * Checks a workplace or employer's name: not blank, at most {@value #MAX_WORKPLACE} characters.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static String requireWorkplace(String workplace) {
        Require.nonBlank(workplace, "workplace");
        Require.that(workplace.length() <= MAX_WORKPLACE, "workplace must be at most 500 characters, but has "
                + workplace.length());
        return workplace;
    }

    /**
     * Checks a narrative: present (it may be empty), at most {@value #MAX_NARRATIVE} characters.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static String requireNarrative(String narrative) {
        Require.nonNull(narrative, "narrative");
        Require.that(narrative.length() <= MAX_NARRATIVE, "narrative must be at most 20000 characters, but has "
                + narrative.length());
        return narrative;
    }
}
