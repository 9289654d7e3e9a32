package org.govcc.reference.security.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.govcc.api.call.NumberSeal;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.call.SealedNumber;
import org.govcc.api.internal.Require;

/**
 * The SIP edge's {@link NumberSeal}: a sealed line's caller number under the {@link KeyPurpose#CALLBACK_NUMBER} key
 * (AES-256-GCM, {@link Sealer}), bound to this use only. The sealed text goes through the engines and into the call
 * record of a consented callback; only the edge opens it, to dial. A value sealed before a key rotation still opens.
 *
 * <p>Messages never hold the number. Thread-safe.
 */
@ApplicationScoped
public class CallbackNumberSeal implements NumberSeal {

    /** What every sealed callback number is bound to: it opens as nothing else, and nothing else opens as it. */
    private static final AssociatedData USE = AssociatedData.of("GOVCC_CALL_RECORD", "CALLBACK_SEALED", "caller");

    private Sealer sealer;

    /** For CDI's proxy. */
    protected CallbackNumberSeal() {
    }

    /** A seal over {@code sealer}. */
    @Inject
    public CallbackNumberSeal(Sealer sealer) {
        this.sealer = Require.nonNull(sealer, "sealer");
    }

    @Override
    public SealedNumber seal(PhoneNumber number) {
        Require.nonNull(number, "number");
        try {
            return new SealedNumber(sealer.sealText(KeyPurpose.CALLBACK_NUMBER, number.digits(), USE));
        } catch (MissingKeyException e) {
            throw new IllegalStateException("no " + KeyPurpose.CALLBACK_NUMBER.aliasPrefix() + " key: " + e.getMessage(),
                    e);
        }
    }

    @Override
    public PhoneNumber open(SealedNumber sealed) {
        Require.nonNull(sealed, "sealed number");
        String digits;
        try {
            digits = sealer.openText(KeyPurpose.CALLBACK_NUMBER, sealed.token(), USE);
        } catch (SealRefusedException e) {
            throw new IllegalArgumentException("a sealed callback number does not open: " + e.getMessage(), e);
        }
        try {
            return new PhoneNumber(digits);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a sealed callback number opens to something that is not a number");
        }
    }
}
