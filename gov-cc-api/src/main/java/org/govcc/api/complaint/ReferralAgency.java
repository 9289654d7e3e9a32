package org.govcc.api.complaint;

/**
 * An authority a complaint officer refers a complaint to.
 *
 * @since 0.2
 */
public enum ReferralAgency {
    /** The Labour Inspectorate (harassment and violence at work, Law 4808/2021). */
    LABOUR_INSPECTORATE,
    /** SOS 15900, the 24/7 line for violence against women. */
    SOS_15900,
    /** The police (a crime, or the caller in danger). */
    POLICE
}
