package org.govcc.reference.reports;

import java.util.List;
import java.util.Map;

/**
 * A report as the API sends it: the period's buckets with their figures, the same figures per topic, body and line
 * over the whole period, and the total. Figures only: no caller, no call. Immutable.
 *
 * @param granularity {@code quarter-hour}, {@code half-hour}, {@code day} or {@code month}
 * @param from the first day (or month) reported
 * @param to the last, included
 * @param zone the line's time zone, which days, months and labels are in
 * @param line the line selected, or null for all
 * @param topic the topic selected, or null
 * @param body the body selected, or null
 * @param serviceLevelFormula how abandons entered the service level
 * @param serviceLevelTargetPercent the configured target
 * @param rows one per bucket, in order
 * @param topics per topic over the period, in menu order (topics without calls included)
 * @param bodies per body
 * @param lines per line
 * @param total the whole selection over the period
 * @param monthlyAnsweredTarget the answered calls a month aimed at, on monthly reports; null otherwise
 */
public record ReportView(String granularity, String from, String to, String zone, String line, String topic,
                         String body, String serviceLevelFormula, int serviceLevelTargetPercent, List<Row> rows,
                         List<Group> topics, List<Group> bodies, List<Group> lines, Measures total,
                         Long monthlyAnsweredTarget) {

    /**
     * One bucket.
     *
     * @param label its start as people read it (see {@link ReportPeriod.Bucket#label()})
     * @param start its start, ISO-8601 with the zone's offset
     * @param end its end, excluded
     * @param figures its figures
     * @param targetPercent on monthly reports, answered calls and completed callbacks over the monthly target
     * @param groups the bucket's figures per topic, body or line when asked for ({@code by=}); else null
     */
    public record Row(String label, String start, String end, Measures figures, Double targetPercent,
                      List<Group> groups) {
    }

    /**
     * One topic's, body's or line's figures.
     *
     * @param id its id
     * @param names its names per language (ISO 639-1 code to name)
     * @param figures its figures
     */
    public record Group(String id, Map<String, String> names, Measures figures) {
    }
}
