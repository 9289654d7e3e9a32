package org.govcc.api.call;

/**
 * Turns a caller's number into a pseudonym that does not reveal it (e.g. a keyed hash whose key the engines never
 * see), so that a sealed line can link a caller's calls without keeping the number. The same number must give the
 * same pseudonym while the key stays the same.
 *
 * <p>Implementations must be thread-safe and must not log or keep the number. One that throws makes the caller
 * anonymous: the number is dropped, never kept in clear.
 *
 * @since 0.3
 */
@FunctionalInterface
public interface CallerPseudonyms {

    /**
     * Returns the pseudonym of {@code number}, in the form {@link CallerId.Pseudonymous} accepts.
     *
     * @throws IllegalArgumentException if the number cannot be pseudonymised (the message must not repeat it)
     */
    String pseudonymOf(PhoneNumber number);

    /** Pseudonymises nobody: a sealed line's callers are anonymous, their numbers dropped at the edge. */
    static CallerPseudonyms none() {
        return number -> {
            throw new IllegalArgumentException("this line links no calls: the caller stays anonymous");
        };
    }
}
