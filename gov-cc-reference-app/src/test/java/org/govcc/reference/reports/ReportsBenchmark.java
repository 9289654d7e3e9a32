package org.govcc.reference.reports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.govcc.reference.config.MinistryOfLabourLine;
import org.govcc.reference.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reports' benchmark, not a timed test (its name matches neither Surefire's nor Failsafe's patterns, so only an
 * explicit {@code -Dtest=ReportsBenchmark} runs it): a month of records (351,500 answered calls and the abandons of
 * impatient callers, about 1.1 million agents' states, {@link MonthOfRecords}) on a throw-away PostgreSQL cluster, or
 * on H2 with {@code -Dbench.database=h2}, then each report timed in this JVM: the first run, then the median of seven
 * after a second warm-up (H2 answers a repeated query on unchanged tables from its last result, so there the first
 * run is the figure). It checks only that the reports count what was written.
 */
class ReportsBenchmark {

    private static final boolean H2 = "h2".equals(System.getProperty("bench.database"));
    private static final YearMonth MONTH = YearMonth.of(2026, 3);
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    @RegisterExtension
    static final TestDatabase DATABASE = H2 ? TestDatabase.h2() : TestDatabase.postgres();

    @Test
    void aMonthOfTheMinistrysRecordsIsReported() throws Exception {
        long started = System.nanoTime();
        MonthOfRecords.Written written = new MonthOfRecords(!H2, 351_500L).write(DATABASE.dataSource(), MONTH,
                351_500);
        System.out.printf(Locale.ROOT, "bench %s: wrote %d calls (%d answered, %d abandoned) and %d agents' states"
                        + " in %.1f s%n", H2 ? "H2" : "PostgreSQL", written.calls(), written.answered(),
                written.abandoned(), written.states(), (System.nanoTime() - started) / 1e9);

        ReportView month = time("month (1 bucket)", () -> report(Granularity.MONTH, MONTH.atDay(1),
                MONTH.atEndOfMonth()));
        time("days of the month (31 buckets)", () -> report(Granularity.DAY, MONTH.atDay(1), MONTH.atEndOfMonth()));
        time("half hours of the month (1,486 buckets)", () -> report(Granularity.HALF_HOUR, MONTH.atDay(1),
                MONTH.atEndOfMonth()));
        time("quarter hours of a day (96 buckets)", () -> report(Granularity.QUARTER_HOUR, MONTH.atDay(2),
                MONTH.atDay(2)));

        assertThat(month.total().answered()).isEqualTo(351_500);
        assertThat(month.total().offered()).isEqualTo(written.calls());
        assertThat(month.rows().get(0).targetPercent()).isEqualTo(100.0);
        System.out.printf(Locale.ROOT, "bench month: %s%n", month.total());
    }

    private static ReportView report(Granularity granularity, LocalDate first, LocalDate last) {
        EntityManager em = DATABASE.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            ReportView r = new ReportMaker(MinistryOfLabourLine.configuration(), new JpaReports(em)).make(
                    new ReportRequest(new ReportPeriod(granularity, ATHENS, first, last), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty()),
                    last.plusDays(1).atStartOfDay(ATHENS).toInstant());
            em.getTransaction().commit();
            return r;
        } finally {
            em.close();
        }
    }

    private static ReportView time(String what, Supplier<ReportView> report) {
        long first = System.nanoTime();
        ReportView last = report.get();
        double firstMillis = (System.nanoTime() - first) / 1e6;
        last = report.get();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long t = System.nanoTime();
            last = report.get();
            millis.add((System.nanoTime() - t) / 1e6);
        }
        List<Double> sorted = millis.stream().sorted().toList();
        // H2 answers a query it ran before on unchanged tables from its last result: its first run is the one to read.
        System.out.printf(Locale.ROOT, "bench %s, %s: first %.0f ms, then median %.0f ms (min %.0f, max %.0f)%n",
                H2 ? "H2" : "PostgreSQL", what, firstMillis, sorted.get(3), sorted.get(0), sorted.get(6));
        return last;
    }
}
