package org.govcc.api.call;

/**
 * Seals a sealed line's caller numbers at the SIP edge, and opens them there again to dial a callback the caller
 * consented to (authenticated encryption under a key the engines never see). What is sealed may travel through the
 * engines, events and records; the number itself goes no further than the edge.
 *
 * <p>Implementations must be thread-safe and must not log or keep the number; their messages must not repeat it.
 *
 * @since 0.4
 */
public interface NumberSeal {

    /**
     * Returns {@code number} sealed.
     *
     * @throws IllegalStateException if it cannot be sealed (no key): the caller then cannot be called back
     */
    SealedNumber seal(PhoneNumber number);

    /**
     * Returns the number {@code sealed} holds.
     *
     * @throws IllegalArgumentException if it does not open (altered, or sealed under a key this seal lacks)
     */
    PhoneNumber open(SealedNumber sealed);

    /** Seals nothing: a sealed line's callers cannot be called back. */
    static NumberSeal none() {
        return new NumberSeal() {
            @Override
            public SealedNumber seal(PhoneNumber number) {
                throw new IllegalStateException("this line seals no numbers: its callers cannot be called back");
            }

            @Override
            public PhoneNumber open(SealedNumber sealed) {
                throw new IllegalArgumentException("this line seals no numbers");
            }
        };
    }
}
