package org.govcc.routing;

/**
 * Receives the distributor's statistics as events, at the interval given to
 * {@link CallDistributor#publishStatisticsEvery}. Must be quick; exceptions are logged and ignored.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface StatisticsListener {

    /** Handles one snapshot. */
    void onStatistics(StatisticsSnapshot snapshot);
}
