package org.govcc.reference.config;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How abandoned calls enter the service level, the three choices the major contact-centre platforms offer. Short
 * abandons (quicker than the queue's short-abandon threshold) never count: they are reported apart.
 */
public enum ServiceLevelFormula {
    /** Answered within T over answered: abandons are left out altogether. */
    ABANDONS_EXCLUDED,
    /** Answered within T over answered plus abandoned: every abandon is a call not answered in time. */
    ABANDONS_AGAINST,
    /**
     * Answered within T plus abandoned within T, over answered plus abandoned: a caller who gave up before T had not
     * yet been failed; one who gave up later had.
     */
    ABANDONS_IN_FAVOUR;

    /**
     * Returns the service level as a share (0-1), or empty when no call counts.
     *
     * @param answered calls answered
     * @param answeredWithin of those, within the threshold T
     * @param abandoned calls abandoned after the short-abandon threshold
     * @param abandonedWithin of those, within T
     */
    public OptionalDouble share(long answered, long answeredWithin, long abandoned, long abandonedWithin) {
        long met;
        long counted;
        switch (this) {
            case ABANDONS_EXCLUDED -> {
                met = answeredWithin;
                counted = answered;
            }
            case ABANDONS_AGAINST -> {
                met = answeredWithin;
                counted = answered + abandoned;
            }
            default -> {
                met = answeredWithin + abandonedWithin;
                counted = answered + abandoned;
            }
        }
        return counted == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) met / counted);
    }

    /** Returns the name configuration and the API use ({@code abandons-excluded}, ...). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Returns the formula named {@code code}, or null for none. */
    public static ServiceLevelFormula ofCode(String code) {
        for (ServiceLevelFormula f : values()) {
            if (f.code().equals(code)) {
                return f;
            }
        }
        return null;
    }
}
