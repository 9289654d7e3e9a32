package org.govcc.api.complaint;

import java.util.Optional;
import org.govcc.api.call.LineId;
import org.govcc.api.cases.Actor;
import org.govcc.api.spi.Provider;

/**
 * SPI: how complaints are received and classified, which confidentiality policy each line applies, and (since 0.2)
 * the complaint officer's work on a received complaint: reading it, describing and classifying it, notes, referrals
 * and closing.
 *
 * <p>Thread-safe. {@link #policyFor} must not block and must answer for every line: lines that are not
 * complaint lines get {@link ConfidentialityPolicy#standard()}. The officer's methods are default methods that
 * throw {@link UnsupportedOperationException}, so a handler written for 0.1 (intake only) still compiles; a handler
 * that implements them checks the line's {@link ConfidentialityPolicy#mayRead reader roles} on every call, records
 * every read, change and refusal where the policy audits reads, and throws {@link ComplaintAccessDeniedException} to
 * an actor who may not.
 *
 * @since 0.1
 */
public interface ComplaintHandler extends Provider {

    /** Returns the confidentiality policy of {@code line}. */
    ConfidentialityPolicy policyFor(LineId line);

    /** Classifies an intake; by default the caller's choice, else {@link ComplaintCategory#UNCLASSIFIED}. */
    default ComplaintCategory classify(ComplaintIntake intake) {
        return intake.chosenCategory().orElse(ComplaintCategory.UNCLASSIFIED);
    }

    /**
     * Receives a complaint: stores it under the line's policy and opens a case to track it.
     *
     * @throws IllegalArgumentException if the intake breaks the line's policy (e.g. a number on an anonymous intake)
     */
    ComplaintReceipt receive(ComplaintIntake intake);

    /**
     * Receives a complaint taken by {@code receiver} (a complaint officer on the call); by default as
     * {@link #receive(ComplaintIntake)}.
     *
     * @throws ComplaintAccessDeniedException if {@code receiver} is not one of the line's readers
     * @throws IllegalArgumentException if the intake breaks the line's policy
     * @since 0.2
     */
    default ComplaintReceipt receive(ComplaintIntake intake, Actor receiver) {
        return receive(intake);
    }

    /**
     * Returns complaint {@code id} as {@code reader} may see it; empty if there is none.
     *
     * @throws ComplaintAccessDeniedException if {@code reader} is not one of its line's readers
     * @since 0.2
     */
    default Optional<Complaint> find(ComplaintId id, Actor reader) {
        throw new UnsupportedOperationException(id() + " keeps no complaints to read");
    }

    /**
     * Sets what the complaint is about: the workplace or employer concerned (empty: not known) and the account.
     *
     * @throws ComplaintAccessDeniedException if {@code actor} is not one of its line's readers
     * @throws IllegalArgumentException if there is no such complaint, it is closed, or a value is too long
     * @since 0.2
     */
    default Complaint describe(ComplaintId id, Optional<String> workplace, String narrative, Actor actor) {
        throw new UnsupportedOperationException(id() + " keeps no complaints to describe");
    }

    /**
     * Classifies complaint {@code id} as {@code category}.
     *
     * @throws ComplaintAccessDeniedException if {@code actor} is not one of its line's readers
     * @throws IllegalArgumentException if there is no such complaint or it is closed
     * @since 0.2
     */
    default Complaint classify(ComplaintId id, ComplaintCategory category, Actor actor) {
        throw new UnsupportedOperationException(id() + " keeps no complaints to classify");
    }

    /**
     * Appends a note by {@code actor}; notes are never changed or removed.
     *
     * @throws ComplaintAccessDeniedException if {@code actor} is not one of its line's readers
     * @throws IllegalArgumentException if there is no such complaint, or the text is blank or too long
     * @since 0.2
     */
    default Complaint addNote(ComplaintId id, String text, Actor actor) {
        throw new UnsupportedOperationException(id() + " keeps no complaints to note");
    }

    /**
     * Refers complaint {@code id} to {@code agency}, or moves its referral there to {@code status}; an open complaint
     * becomes {@link ComplaintStatus#REFERRED}.
     *
     * @param reference the authority's reference, if it gave one (kept when empty and one was given before)
     * @throws ComplaintAccessDeniedException if {@code actor} is not one of its line's readers
     * @throws IllegalArgumentException if there is no such complaint or it is closed
     * @since 0.2
     */
    default Complaint refer(ComplaintId id, ReferralAgency agency, ReferralStatus status, Optional<String> reference,
                            Actor actor) {
        throw new UnsupportedOperationException(id() + " keeps no complaints to refer");
    }

    /**
     * Closes complaint {@code id}, noting {@code reason}; its retention runs from now.
     *
     * @throws ComplaintAccessDeniedException if {@code actor} is not one of its line's readers
     * @throws IllegalArgumentException if there is no such complaint, or it is closed already
     * @since 0.2
     */
    default Complaint close(ComplaintId id, String reason, Actor actor) {
        throw new UnsupportedOperationException(id() + " keeps no complaints to close");
    }
}
