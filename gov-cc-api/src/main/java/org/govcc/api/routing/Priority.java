package org.govcc.api.routing;

import org.govcc.api.internal.Require;

/**
 * A call's priority in its queue: higher goes first. 0 (lowest) to 100 (highest).
 *
 * @param value 0-100
 * @since 0.1
 */
public record Priority(int value) implements Comparable<Priority> {

    /** The lowest priority. */
    public static final Priority LOWEST = new Priority(0);
    /** The default priority. */
    public static final Priority NORMAL = new Priority(50);
    /** The highest priority (e.g. the complaint line). */
    public static final Priority HIGHEST = new Priority(100);

    /** Validates the range. */
    public Priority {
        Require.inRange(value, 0, 100, "priority");
    }

    /** Returns the priority {@code value}. */
    public static Priority of(int value) {
        return new Priority(value);
    }

    @Override
    public int compareTo(Priority other) {
        return Integer.compare(value, other.value);
    }
}
