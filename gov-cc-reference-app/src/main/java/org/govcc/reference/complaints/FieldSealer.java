package org.govcc.reference.complaints;

/**
 * Seals and opens the text of a complaint's confidential fields, each bound to where it is stored
 * ({@link SealedColumn}). The deployment's implementation is {@link ComplaintSealer}, on the line's key store; tests
 * give their own. Implementations are thread-safe.
 */
public interface FieldSealer {

    /** Returns {@code text} sealed for {@code where}, with the current key. */
    byte[] seal(String text, SealedColumn where);

    /**
     * Returns the text sealed in {@code sealed} for {@code where}, whichever key version sealed it.
     *
     * @throws IllegalStateException if it does not open there (another row's value, a changed byte, an unknown key)
     */
    String open(byte[] sealed, SealedColumn where);
}
