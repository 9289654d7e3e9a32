package org.govcc.api.complaint;

/**
 * How far a referral has gone.
 *
 * @since 0.2
 */
public enum ReferralStatus {
    /** The officer means to refer, e.g. waiting for the caller's consent. */
    PLANNED,
    /** Sent to the authority. */
    SENT,
    /** The authority confirmed it has the case. */
    ACKNOWLEDGED,
    /** The authority dealt with it. */
    COMPLETED,
    /** The authority declined it, or the caller withdrew consent. */
    DECLINED
}
