package org.govcc.reference.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A report as CSV (RFC 4180, comma-separated, a header line, CRLF): one line per bucket, or per bucket and topic,
 * body or line when the report was broken down, then the period's total. Numbers with a decimal point; an empty
 * cell where there was nothing to measure. Stateless.
 */
final class ReportCsv {

    private static final String HEADER = "period,start,end,group,offered,answered,answered_within_threshold,"
            + "abandoned,short_abandoned,callbacks_requested,callbacks_completed,transfers,service_level_percent,"
            + "average_speed_of_answer_seconds,average_talk_seconds,average_hold_seconds,"
            + "average_after_call_work_seconds,average_handling_seconds,occupancy_percent,target_percent";

    private ReportCsv() {
    }

    /** Returns {@code report} as CSV text. */
    static String of(ReportView report) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (ReportView.Row row : report.rows()) {
            line(csv, row.label(), row.start(), row.end(), "", row.figures(), row.targetPercent());
            if (row.groups() != null) {
                for (ReportView.Group g : row.groups()) {
                    line(csv, row.label(), row.start(), row.end(), g.id(), g.figures(), null);
                }
            }
        }
        line(csv, "total", report.rows().isEmpty() ? "" : report.rows().get(0).start(),
                report.rows().isEmpty() ? "" : report.rows().get(report.rows().size() - 1).end(), "", report.total(),
                null);
        return csv.toString();
    }

    private static void line(StringBuilder csv, String period, String start, String end, String group, Measures m,
                             Double target) {
        List<String> cells = new ArrayList<>(List.of(period, start, end, group));
        for (long count : new long[] {m.offered(), m.answered(), m.answeredWithinThreshold(), m.abandoned(),
                m.shortAbandoned(), m.callbacksRequested(), m.callbacksCompleted(), m.transfers()}) {
            cells.add(Long.toString(count));
        }
        for (Double value : new Double[] {m.serviceLevelPercent(), m.averageSpeedOfAnswerSeconds(),
                m.averageTalkSeconds(), m.averageHoldSeconds(), m.averageAfterCallWorkSeconds(),
                m.averageHandlingSeconds(), m.occupancyPercent(), target}) {
            cells.add(value == null ? "" : String.format(Locale.ROOT, "%.1f", value));
        }
        csv.append(String.join(",", cells.stream().map(ReportCsv::cell).toList())).append("\r\n");
    }

    /** Quotes a cell that holds a comma, quote or line break; one that a spreadsheet would run as a formula too. */
    private static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9.]+")
                ? "'" + text : text;
        return safe.matches(".*[\",\r\n].*") ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
