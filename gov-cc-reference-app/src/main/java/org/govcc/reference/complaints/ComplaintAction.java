package org.govcc.reference.complaints;

/** What an entry of the audit trail says was done to complaints. */
public enum ComplaintAction {
    /** A complaint was received (created). */
    CREATE,
    /** One complaint was read in full. */
    READ,
    /** The officer's list or search was read (no complaint's content). */
    LIST,
    /** Workplace and narrative were set. */
    DESCRIBE,
    /** The classification was set. */
    CLASSIFY,
    /** A note was appended. */
    NOTE,
    /** A referral was added or its status changed. */
    REFER,
    /** The complaint was closed. */
    CLOSE,
    /** One complaint was exported in full. */
    EXPORT,
    /** Someone was refused (not signed in, not a complaint officer, or a refused change). */
    REFUSE
}
