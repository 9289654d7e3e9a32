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

    /** Opens a case in status {@link CaseStatus#OPEN} and returns it with its reference. */
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
}
