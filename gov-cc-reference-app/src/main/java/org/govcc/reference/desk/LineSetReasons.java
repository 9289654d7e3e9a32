package org.govcc.reference.desk;

import java.util.Map;
import org.govcc.api.agent.BreakReason;

/** The names of the reasons the line sets itself (the configuration names the ones agents give). */
public final class LineSetReasons {

    /** A supervisor reset the agent (they were stuck): not ready until they say they are ready. */
    public static final BreakReason SUPERVISOR_RESET = new BreakReason("supervisor-reset");

    private static final Map<BreakReason, Map<String, String>> NAMES = Map.of(
            BreakReason.SIGNED_IN, Map.of("el", "Συνδέθηκε, δεν είναι έτοιμος", "en", "Signed in, not ready"),
            BreakReason.NO_ANSWER, Map.of("el", "Δεν απάντησε σε κλήση", "en", "Did not answer a call"),
            BreakReason.PHONE_UNREGISTERED, Map.of("el", "Το τηλέφωνο δεν είναι συνδεδεμένο",
                    "en", "The phone is not registered"),
            SUPERVISOR_RESET, Map.of("el", "Επαναφορά από επόπτη", "en", "Reset by a supervisor"));

    private LineSetReasons() {
    }

    /** Returns the names of {@code reason}, or its code in both languages for a reason nobody named. */
    public static Map<String, String> names(BreakReason reason) {
        return NAMES.getOrDefault(reason, Map.of("el", reason.code(), "en", reason.code()));
    }
}
