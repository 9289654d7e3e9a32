package org.govcc.api.call;

import java.util.Optional;
import org.govcc.api.internal.Require;

/**
 * Who is calling, as far as the line may know it: a presented number, or anonymous.
 *
 * <p>Anonymous means no number is held at all, not a hidden one: on confidential lines the caller's
 * number is dropped at the edge and never reaches the engines.
 *
 * @since 0.1
 */
public sealed interface CallerId permits CallerId.Known, CallerId.Anonymous {

    /** The caller's number, or empty when anonymous. */
    Optional<PhoneNumber> number();

    /** Returns the known caller id for {@code number}. */
    static CallerId of(PhoneNumber number) {
        return new Known(number);
    }

    /** Returns the anonymous caller id. */
    static CallerId anonymous() {
        return Anonymous.INSTANCE;
    }

    /**
     * A caller whose number was presented.
     *
     * @param phoneNumber the presented number
     */
    record Known(PhoneNumber phoneNumber) implements CallerId {
        /** Validates the value. */
        public Known {
            Require.nonNull(phoneNumber, "caller number");
        }

        @Override
        public Optional<PhoneNumber> number() {
            return Optional.of(phoneNumber);
        }
    }

    /** A caller who withheld their number, or whose number the line's policy does not keep. */
    enum Anonymous implements CallerId {
        /** The only instance. */
        INSTANCE;

        @Override
        public Optional<PhoneNumber> number() {
            return Optional.empty();
        }
    }
}
