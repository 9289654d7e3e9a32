package org.govcc.api.cases;

import java.util.List;
import java.util.Optional;
import org.govcc.api.citizen.CitizenIdentifier;
import org.govcc.api.spi.Provider;

/**
 * SPI: where citizen requests are kept (in memory for tests, JPA in the reference application).
 *
 * <p>Every call names the {@link Actor}: sealed cases are readable only by actors whose roles the line's
 * confidentiality policy allows, and each read of a sealed case is audited by the store. Thread-safe;
 * may do I/O. A case is never lost once {@link #open} has returned.
 *
 * @since 0.1
 */
public interface CaseStore extends Provider {

    /** Opens a case in status {@link CaseStatus#NEW} and returns it with its reference and due date. */
    CitizenCase open(NewCase request, Actor actor);

    /**
     * Returns the case {@code id}, if it exists.
     *
     * @throws CaseAccessDeniedException if it is sealed and {@code actor} may not read it
     */
    Optional<CitizenCase> find(CaseId id, Actor actor);

    /** Returns the case a citizen was told as {@code reference}, if it exists (same access rule as {@link #find}). */
    Optional<CitizenCase> findByReference(String reference, Actor actor);

    /** Returns the cases of {@code citizen} that {@code actor} may read, newest first. */
    List<CitizenCase> findByCitizen(CitizenIdentifier citizen, Actor actor);

    /**
     * Adds a note.
     *
     * @throws IllegalArgumentException if the case does not exist
     * @throws CaseAccessDeniedException if it is sealed and {@code actor} may not access it
     */
    CitizenCase addNote(CaseId id, String text, Actor actor);

    /**
     * Moves the case to {@code target}.
     *
     * @throws IllegalStateException if the current status may not move to {@code target}
     * @throws IllegalArgumentException if the case does not exist
     * @throws CaseAccessDeniedException if it is sealed and {@code actor} may not access it
     */
    CitizenCase transition(CaseId id, CaseStatus target, String reason, Actor actor);

    /**
     * Makes {@code change}: as {@link #transition(CaseId, CaseStatus, String, Actor)}, and a referral keeps the other
     * body and its reference in the history. Stores that cannot keep referrals refuse them.
     *
     * @throws IllegalStateException if the current status may not move to the change's status
     * @throws IllegalArgumentException if the case does not exist
     * @throws CaseAccessDeniedException if it is sealed and {@code actor} may not access it
     * @throws UnsupportedOperationException if the change is a referral and the store keeps none
     * @since 0.2
     */
    default CitizenCase transition(CaseId id, StatusChange change, Actor actor) {
        if (change.referral().isPresent()) {
            throw new UnsupportedOperationException("store '" + id() + "' keeps no referrals");
        }
        return transition(id, change.to(), change.reason(), actor);
    }

    /**
     * Returns one page of the cases that match {@code query} and that {@code actor} may read, newest first; reads of
     * sealed cases are audited as {@link #find} audits them. The default serves a query by citizen or reference only,
     * through {@link #findByCitizen} and {@link #findByReference}, in memory; stores should search in their database.
     *
     * @throws UnsupportedOperationException if the store cannot serve the query's criteria
     * @since 0.2
     */
    default CasePage search(CaseQuery query, Actor actor) {
        if (query.caller().isPresent() || query.citizen().isEmpty() == query.reference().isEmpty()) {
            throw new UnsupportedOperationException("store '" + id() + "' searches by citizen or by reference only");
        }
        List<CitizenCase> all = query.citizen().map(c -> findByCitizen(c, actor))
                .orElseGet(() -> findByReference(query.reference().get(), actor).stream().toList());
        List<CitizenCase> matching = all.stream()
                .filter(c -> c.sealed() || query.topics().contains(c.topic()))
                .filter(c -> query.openedFrom().map(f -> !c.openedAt().isBefore(f)).orElse(true))
                .filter(c -> query.openedBefore().map(b -> c.openedAt().isBefore(b)).orElse(true))
                .toList();
        return new CasePage(matching.stream().skip(query.offset()).limit(query.limit()).toList(), matching.size(),
                query.offset(), query.limit());
    }
}
