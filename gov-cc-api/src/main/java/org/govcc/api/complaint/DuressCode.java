package org.govcc.api.complaint;

import java.util.regex.Pattern;
import org.govcc.api.internal.Require;

/**
 * A short key sequence that a caller in danger keys to say so without a word (as the UK's silent 999 caller presses
 * 55): the line marks the call urgent, moves it to the head of its queue and alerts the supervisors. Keys count
 * wherever the caller presses them: in the IVR's menus, while waiting, or with a specialist.
 *
 * @param keys two to eight of {@code 0-9 * #}
 * @since 0.4
 */
public record DuressCode(String keys) {

    private static final Pattern KEYS = Pattern.compile("[0-9*#]{2,8}");

    /** Validates the keys. */
    public DuressCode {
        Require.nonNull(keys, "keys");
        Require.that(KEYS.matcher(keys).matches(), "a duress code is 2 to 8 keys of 0-9 * #, but was '" + keys + "'");
    }

    /** Whether the keys a caller pressed so far, in order, end with this code. */
    public boolean endsIn(CharSequence pressed) {
        Require.nonNull(pressed, "pressed");
        int n = pressed.length();
        return n >= keys.length() && pressed.subSequence(n - keys.length(), n).toString().equals(keys);
    }
}
