package org.govcc.sip;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The moves a state machine of the line allows (a call's caller leg, an outgoing leg, a transfer): each state names
 * the states it may go to. A move it does not name is refused and logged, never applied. Immutable, thread-safe.
 *
 * @param <S> the states
 */
final class Transitions<S extends Enum<S>> {

    private static final Logger LOG = Logger.getLogger(Transitions.class.getName());

    private final String machine;
    private final Map<S, Set<S>> moves;

    private Transitions(String machine, Map<S, Set<S>> moves) {
        this.machine = machine;
        this.moves = moves;
    }

    /** The machine {@code machine} (a name for the log) over {@code states}, allowing no move yet. */
    static <S extends Enum<S>> Transitions<S> of(String machine, Class<S> states) {
        Map<S, Set<S>> none = new EnumMap<>(states);
        for (S s : states.getEnumConstants()) {
            none.put(s, EnumSet.noneOf(states));
        }
        return new Transitions<>(machine, none);
    }

    /** A copy that also allows moving from {@code from} to each of {@code to}. */
    @SafeVarargs
    final Transitions<S> allow(S from, S... to) {
        Map<S, Set<S>> more = new EnumMap<>(moves);
        Set<S> targets = EnumSet.copyOf(moves.get(from));
        targets.addAll(List.of(to));
        more.put(from, targets);
        return new Transitions<>(machine, more);
    }

    /** Whether the machine may move from {@code from} to {@code to}. */
    boolean allows(S from, S to) {
        return moves.get(from).contains(to);
    }

    /** Returns whether {@code subject}'s move from {@code from} to {@code to} is allowed; logs it if it is not. */
    boolean check(String subject, S from, S to) {
        if (allows(from, to)) {
            return true;
        }
        LOG.warning(() -> machine + " of " + subject + ": move " + from + " -> " + to + " refused (allowed from "
                + from + ": " + moves.get(from) + ")");
        return false;
    }
}
