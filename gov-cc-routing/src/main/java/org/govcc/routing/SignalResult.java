package org.govcc.routing;

/**
 * What the distributor did with a {@link org.govcc.api.control.CallSignal}.
 *
 * @since 0.1
 */
public enum SignalResult {
    /** The signal changed the state of a call or agent. */
    APPLIED,
    /** The signal concerns a call the distributor knows, but no longer applies (e.g. a late answer). */
    STALE,
    /** The signal is not for the distributor (IVR signals) or concerns a call it does not hold. */
    NOT_MINE
}
