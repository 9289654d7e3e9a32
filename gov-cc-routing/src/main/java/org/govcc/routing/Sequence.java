package org.govcc.routing;

/**
 * The distributor's one tie-break counter: calls as they are queued and agents as they become available are numbered
 * in the order they did, so that equal ranks (arrival, idle time) are served first come, first served. Used under the
 * distributor's lock.
 */
final class Sequence {

    private long last;

    /** Returns the next number. */
    long next() {
        return ++last;
    }
}
