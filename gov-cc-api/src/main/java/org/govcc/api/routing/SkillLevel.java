package org.govcc.api.routing;

import org.govcc.api.internal.Require;

/**
 * How well an agent masters a skill, from 1 (novice) to 10 (expert).
 *
 * @param value 1-10
 * @since 0.1
 */
public record SkillLevel(int value) implements Comparable<SkillLevel> {

    /** The lowest level. */
    public static final SkillLevel MIN = new SkillLevel(1);
    /** The highest level. */
    public static final SkillLevel MAX = new SkillLevel(10);

    /** Validates the range. */
    public SkillLevel {
        Require.inRange(value, 1, 10, "skill level");
    }

    /** Returns the level {@code value}. */
    public static SkillLevel of(int value) {
        return new SkillLevel(value);
    }

    /** Returns whether this level is at least {@code other}. */
    public boolean atLeast(SkillLevel other) {
        return value >= other.value;
    }

    @Override
    public int compareTo(SkillLevel other) {
        return Integer.compare(value, other.value);
    }
}
