package org.govcc.api.complaint;

/**
 * What a complaint is about.
 *
 * @since 0.1
 */
public enum ComplaintCategory {
    /** Sexual harassment at work. */
    SEXUAL_HARASSMENT,
    /** Abuse, including psychological abuse. */
    ABUSE,
    /** Violence or harassment by a person with power over the victim. */
    POWER_VIOLENCE,
    /** Not classified yet (the specialist classifies it during or after the call). */
    UNCLASSIFIED,
    /**
     * Classified, but as none of the kinds above (e.g. discrimination without harassment).
     *
     * @since 0.2
     */
    OTHER
}
