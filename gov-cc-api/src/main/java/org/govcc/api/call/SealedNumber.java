package org.govcc.api.call;

import java.util.regex.Pattern;
import org.govcc.api.internal.Require;

/**
 * A caller's number sealed by the SIP edge of a sealed line ({@link NumberSeal}): opaque to the engines, which carry
 * it to a callback the caller consented to and hand it back to the edge to dial. Only the edge can open it; its
 * text is ciphertext, never the number, and {@link #toString()} does not even show that.
 *
 * @param token the sealed form, 16-512 characters of Base64 (the seal's own format)
 * @since 0.4
 */
public record SealedNumber(String token) {

    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=_-]{16,512}");

    /** Validates the form. */
    public SealedNumber {
        Require.nonNull(token, "sealed number");
        Require.that(BASE64.matcher(token).matches(), "a sealed number is 16-512 characters of Base64");
    }

    @Override
    public String toString() {
        return "SealedNumber[sealed]";
    }
}
