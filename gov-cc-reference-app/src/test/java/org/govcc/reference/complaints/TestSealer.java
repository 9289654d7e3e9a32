package org.govcc.reference.complaints;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * A stand-in for the line's sealer in unit tests: no secrecy, but the same contract (bytes that do not hold the text
 * as it is, and that open only where they were sealed). Base64 of the text reversed, after the associated data.
 */
final class TestSealer implements FieldSealer {

    @Override
    public byte[] seal(String text, SealedColumn where) {
        String reversed = new StringBuilder(text).reverse().toString();
        return (where + "|" + Base64.getEncoder().encodeToString(reversed.getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String open(byte[] sealed, SealedColumn where) {
        byte[] prefix = (where + "|").getBytes(StandardCharsets.UTF_8);
        if (sealed.length < prefix.length || !Arrays.equals(prefix, Arrays.copyOf(sealed, prefix.length))) {
            throw new IllegalStateException("sealed value does not open at " + where);
        }
        String body = new String(sealed, prefix.length, sealed.length - prefix.length, StandardCharsets.UTF_8);
        return new StringBuilder(new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8)).reverse()
                .toString();
    }
}
