package org.govcc.api.call;

import java.util.Optional;
import java.util.regex.Pattern;
import org.govcc.api.internal.Require;

/**
 * Who is calling, as far as the line may know it: a presented number, a pseudonym, or anonymous.
 *
 * <p>Anonymous means no number is held at all, not a hidden one. On a sealed (confidential) line the caller's
 * number never reaches the engines: the SIP edge turns it into a {@link Pseudonymous} caller (a keyed hash, so that
 * repeat calls can be linked) or drops it.
 *
 * @since 0.1
 */
public sealed interface CallerId permits CallerId.Known, CallerId.Pseudonymous, CallerId.Anonymous {

    /** The caller's number, or empty when anonymous or pseudonymous. */
    Optional<PhoneNumber> number();

    /**
     * The caller's pseudonym, or empty when the caller is known by number or anonymous.
     *
     * @since 0.3
     */
    default Optional<String> pseudonym() {
        return Optional.empty();
    }

    /**
     * Returns this caller without a number: a known caller becomes anonymous, a pseudonym stays (it holds no
     * number).
     *
     * @since 0.3
     */
    default CallerId withoutNumber() {
        return number().isPresent() ? anonymous() : this;
    }

    /** Returns the known caller id for {@code number}. */
    static CallerId of(PhoneNumber number) {
        return new Known(number);
    }

    /**
     * Returns the caller known as {@code pseudonym}.
     *
     * @since 0.3
     */
    static CallerId pseudonymous(String pseudonym) {
        return new Pseudonymous(pseudonym);
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

    /**
     * A caller on a line that keeps no number, known by a pseudonym that does not reveal it: the same number gives
     * the same pseudonym (see {@link CallerPseudonyms}), so that a caller's calls can be linked.
     *
     * @param value 1-80 letters, digits, colons, dots, dashes or underscores (a keyed hash's stored form)
     * @since 0.3
     */
    record Pseudonymous(String value) implements CallerId {

        private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9:._-]{1,80}");

        /** Validates the value; the message never repeats it. */
        public Pseudonymous {
            Require.nonNull(value, "caller pseudonym");
            Require.that(FORMAT.matcher(value).matches(), "a caller pseudonym is 1-80 letters, digits or"
                    + " ':._-', but this one (" + value.length() + " characters) is not");
        }

        @Override
        public Optional<PhoneNumber> number() {
            return Optional.empty();
        }

        @Override
        public Optional<String> pseudonym() {
            return Optional.of(value);
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
