package org.govcc.ivr.flow;

import java.util.Optional;
import org.govcc.api.citizen.Afm;
import org.govcc.api.citizen.Amka;

/**
 * Checks digits a caller keyed in a {@link CollectDigitsNode}.
 *
 * @since 0.1
 */
public enum DigitValidator {
    /** Any digits of the allowed length. */
    NONE("none", 1, 64),
    /** A Greek social security number (11 digits, Luhn check digit). */
    AMKA("amka", Amka.LENGTH, Amka.LENGTH),
    /** A Greek tax number (9 digits, mod-11 check digit). */
    AFM("afm", Afm.LENGTH, Afm.LENGTH);

    private final String jsonName;
    private final int minLength;
    private final int maxLength;

    DigitValidator(String jsonName, int minLength, int maxLength) {
        this.jsonName = jsonName;
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    /** The name used in flow JSON. */
    public String jsonName() {
        return jsonName;
    }

    /** The shortest entry this validator can accept. */
    public int minLength() {
        return minLength;
    }

    /** The longest entry this validator can accept. */
    public int maxLength() {
        return maxLength;
    }

    /** Returns why {@code digits} are not acceptable, or empty if they are. Never throws. */
    public Optional<String> problemWith(String digits) {
        switch (this) {
            case AMKA:
                return Amka.problemWith(digits);
            case AFM:
                return Afm.problemWith(digits);
            default:
                for (int i = 0; i < digits.length(); i++) {
                    if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                        return Optional.of("only digits 0-9 are accepted");
                    }
                }
                return Optional.empty();
        }
    }

    /** Returns the validator named {@code name} in flow JSON. */
    public static Optional<DigitValidator> byJsonName(String name) {
        for (DigitValidator v : values()) {
            if (v.jsonName.equals(name)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
