package org.govcc.sip.testing;

/**
 * Finds tones in 8 kHz audio with the Goertzel algorithm: the share of a window's energy that lies at one frequency,
 * about 1 for a pure tone at it, 0.5 for each of two equally loud tones, near 0 for a frequency that is absent.
 */
public final class Goertzel {

    private Goertzel() {
    }

    /**
     * Returns the share of {@code samples}' energy at {@code hz} (0 to about 1); 0 for silence. The window should
     * hold a whole number of the tone's periods or many of them (e.g. 100 ms), or the share comes out a little low.
     */
    public static double share(short[] samples, double hz) {
        int n = samples.length;
        double coefficient = 2 * Math.cos(2 * Math.PI * hz / 8000);
        double s1 = 0;
        double s2 = 0;
        double energy = 0;
        for (short sample : samples) {
            double s0 = sample + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
            energy += (double) sample * sample;
        }
        if (energy == 0) {
            return 0;
        }
        double power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        // A tone of amplitude a gives power (a n / 2)^2 and energy a^2 n / 2: their ratio, scaled by 2 / n, is 1.
        return power * 2 / (n * energy);
    }
}
