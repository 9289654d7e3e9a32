package org.govcc.reference.reports;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govcc.api.agent.AgentId;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.QueueId;

/**
 * The reports' queries: aggregate SQL over the call records and the agents' states, grouped in the database by
 * bucket, line and queue, the same text on H2 and PostgreSQL (integer arithmetic on the epoch-millisecond columns of
 * schema version 11, standard window functions). No record is loaded: what comes back is one row per group. Runs in
 * the caller's transaction; not thread-safe (an {@link EntityManager} belongs to one thread).
 */
public final class JpaReports {

    /** A day before the period: the state an agent was in when it began is their last row before it. */
    private static final Duration LOOK_BACK = Duration.ofDays(1);

    private final EntityManager em;

    /** Creates the queries on {@code em}. */
    public JpaReports(EntityManager em) {
        this.em = Require.nonNull(em, "entity manager");
    }

    /**
     * One group of calls.
     *
     * @param bucket the bucket's index in {@link ReportPeriod#buckets()}
     * @param line the line, or null for calls of no known line
     * @param queue the queue the call last waited in
     * @param tally what was summed (no agents' time)
     */
    public record Group(int bucket, String line, String queue, Tally tally) {
    }

    /** Returns the selected calls that entered a queue in the period, summed per bucket, line and queue. */
    public List<Group> calls(ReportSelection s) {
        Require.nonNull(s, "selection");
        List<Object> parameters = new ArrayList<>();
        String threshold = perQueue(s.serviceLevel(), s.defaultServiceLevel(), parameters);
        String shortAbandon = perQueue(s.shortAbandon(), s.defaultShortAbandon(), parameters);
        StringBuilder where = new StringBuilder("QUEUED_MS >= ").append(s.period().start().toEpochMilli())
                .append(" AND QUEUED_MS < ").append(s.period().end().toEpochMilli());
        s.line().ifPresent(line -> where.append(" AND LINE_ID = ").append(parameter(parameters, line.value())));
        if (!s.queues().isEmpty()) {
            where.append(" AND QUEUE_ID IN (").append(String.join(", ", s.queues().stream().map(QueueId::value)
                    .sorted().map(q -> parameter(parameters, q)).toList())).append(')');
        }
        // TODO(hold): SUM(HOLD_MS) once main's schema version 8 (GOVCC_CALL_RECORD.HOLD_MS) is merged.
        String sql = "SELECT k, LINE_ID, QUEUE_ID, COUNT(*), SUM(ans), SUM(CASE WHEN ans = 1 AND WAITED_MS <= thr "
                + "THEN 1 ELSE 0 END), SUM(CASE WHEN ab = 1 AND WAITED_MS >= sht THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN ab = 1 AND WAITED_MS >= sht AND WAITED_MS <= thr THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN ab = 1 AND WAITED_MS < sht THEN 1 ELSE 0 END), SUM(cb), "
                + "SUM(CASE WHEN cb = 1 AND AGENT_ID IS NOT NULL THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN ans = 1 THEN WAITED_MS ELSE 0 END), COUNT(TALK_MS), SUM(TALK_MS), 0, "
                + "COUNT(WRAP_UP_MS), SUM(WRAP_UP_MS), SUM(TRANSFERS) FROM ("
                + "SELECT " + s.period().bucketSql("QUEUED_MS") + " AS k, LINE_ID, QUEUE_ID, AGENT_ID, WAITED_MS, "
                + "TALK_MS, WRAP_UP_MS, TRANSFERS, "
                + "CASE WHEN CALLBACK_REQUESTED = TRUE THEN 1 ELSE 0 END AS cb, "
                + "CASE WHEN AGENT_ID IS NOT NULL AND CALLBACK_REQUESTED = FALSE THEN 1 ELSE 0 END AS ans, "
                // A transferred call abandoned in its next queue was answered first: counted once, as answered.
                + "CASE WHEN ABANDONED = TRUE AND AGENT_ID IS NULL AND CALLBACK_REQUESTED = FALSE THEN 1 ELSE 0 END"
                + " AS ab, " + threshold + " AS thr, " + shortAbandon + " AS sht "
                + "FROM GOVCC_CALL_RECORD WHERE " + where + ") t GROUP BY k, LINE_ID, QUEUE_ID";
        List<Group> groups = new ArrayList<>();
        for (Object[] r : rows(sql, parameters)) {
            groups.add(new Group(number(r[0]).intValue(), (String) r[1], (String) r[2], new Tally(count(r[3]),
                    count(r[4]), count(r[5]), count(r[6]), count(r[7]), count(r[8]), count(r[9]), count(r[10]),
                    count(r[11]), count(r[12]), count(r[13]), count(r[14]), count(r[15]), count(r[16]),
                    count(r[17]), 0, 0)));
        }
        return groups;
    }

    /**
     * Returns the selected agents' time per bucket of {@code grid} (a period whose buckets are the
     * {@link ReportPeriod#occupancyGrid()}): {busy, staffed} milliseconds, busy being offered, talking or in
     * after-call work, staffed that or available. A state lasts until the agent's next; the last one until
     * {@code now}. The database clips each state to the period and splits it at the grid: the parts in its first and
     * last step, and for the steps it covers whole a +1 where they start and a -1 after, which the running sum here
     * turns into whole steps.
     */
    public long[][] agentTime(ReportSelection s, ReportPeriod grid, Instant now) {
        Require.nonNull(s, "selection");
        Require.nonNull(grid, "grid");
        Require.nonNull(now, "now");
        Require.that(grid.granularity().interval() != null, "the grid is intervals: " + grid);
        long start = grid.start().toEpochMilli();
        long end = grid.end().toEpochMilli();
        long stop = Math.max(start, Math.min(end, now.toEpochMilli()));
        long step = grid.granularity().interval().toMillis();
        List<Object> parameters = new ArrayList<>();
        String sql = spans(s, start, stop, parameters)
                + ", d AS (SELECT busy, a, b, (a - " + start + ") / " + step + " AS k1, (b - 1 - " + start + ") / "
                + step + " AS k2 FROM c WHERE b > a) "
                + "SELECT k, SUM(busy * ms), SUM(ms), SUM(busy * n), SUM(n) FROM ("
                + "SELECT k1 AS k, b - a AS ms, 0 AS n, busy FROM d WHERE k1 = k2 "
                + "UNION ALL SELECT k1, " + start + " + (k1 + 1) * " + step + " - a, 0, busy FROM d WHERE k2 > k1 "
                + "UNION ALL SELECT k2, b - (" + start + " + k2 * " + step + "), 0, busy FROM d WHERE k2 > k1 "
                + "UNION ALL SELECT k1 + 1, 0, 1, busy FROM d WHERE k2 > k1 + 1 "
                + "UNION ALL SELECT k2, 0, -1, busy FROM d WHERE k2 > k1 + 1) t GROUP BY k ORDER BY k";
        int steps = grid.buckets().size();
        long[][] time = new long[steps][2];
        long[] partial = new long[steps * 2];
        long[] whole = new long[steps * 2];
        for (Object[] r : rows(sql, parameters)) {
            int k = number(r[0]).intValue();
            partial[2 * k] = count(r[1]);
            partial[2 * k + 1] = count(r[2]);
            whole[2 * k] = count(r[3]);
            whole[2 * k + 1] = count(r[4]);
        }
        long busyWhole = 0;
        long staffedWhole = 0;
        for (int k = 0; k < steps; k++) {
            busyWhole += whole[2 * k];
            staffedWhole += whole[2 * k + 1];
            time[k][0] = partial[2 * k] + busyWhole * step;
            time[k][1] = partial[2 * k + 1] + staffedWhole * step;
        }
        return time;
    }

    /**
     * Returns each selected agent's {busy, staffed} milliseconds over the whole period (for the figures per body),
     * by agent id: one row per agent from the database.
     */
    public Map<String, long[]> agentTimeByAgent(ReportSelection s, Instant now) {
        Require.nonNull(s, "selection");
        Require.nonNull(now, "now");
        long start = s.period().start().toEpochMilli();
        long stop = Math.max(start, Math.min(s.period().end().toEpochMilli(), now.toEpochMilli()));
        List<Object> parameters = new ArrayList<>();
        String sql = spans(s, start, stop, parameters) + " SELECT AGENT_ID, SUM(busy * (b - a)), SUM(b - a) FROM c "
                + "WHERE b > a GROUP BY AGENT_ID";
        Map<String, long[]> time = new java.util.TreeMap<>();
        for (Object[] r : rows(sql, parameters)) {
            time.put((String) r[0], new long[] {count(r[1]), count(r[2])});
        }
        return time;
    }

    /**
     * The common table expressions {@code s} (each selected agent's states, with the next one's start) and
     * {@code c} (the working ones, clipped to [{@code start}, {@code stop}), flagged busy or available).
     */
    private static String spans(ReportSelection s, long start, long stop, List<Object> parameters) {
        String agents = s.agents().isEmpty() ? "" : " AND AGENT_ID IN (" + String.join(", ", s.agents().stream()
                .map(AgentId::value).sorted().map(a -> parameter(parameters, a)).toList()) + ")";
        return "WITH s AS (SELECT AGENT_ID, STATE, AT_MS AS a, LEAD(AT_MS) OVER (PARTITION BY AGENT_ID ORDER BY "
                + "AT_MS, ID) AS b FROM GOVCC_AGENT_STATE WHERE AT_MS >= " + (start - LOOK_BACK.toMillis())
                + " AND AT_MS < " + stop + agents + "), "
                + "c AS (SELECT AGENT_ID, CASE WHEN STATE = 'AVAILABLE' THEN 0 ELSE 1 END AS busy, "
                + "CASE WHEN a < " + start + " THEN " + start + " ELSE a END AS a, "
                + "CASE WHEN b IS NULL OR b > " + stop + " THEN " + stop + " ELSE b END AS b FROM s "
                + "WHERE STATE IN ('AVAILABLE', 'RESERVED', 'TALKING', 'WRAP_UP'))";
    }

    /** An SQL CASE giving each call its queue's threshold in milliseconds (the queue ids bound as parameters). */
    private static String perQueue(Map<QueueId, Duration> thresholds, Duration otherwise, List<Object> parameters) {
        if (thresholds.isEmpty()) {
            return Long.toString(otherwise.toMillis());
        }
        StringBuilder sql = new StringBuilder("CASE QUEUE_ID");
        thresholds.entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(QueueId::value)))
                .forEach(e -> sql.append(" WHEN ").append(parameter(parameters, e.getKey().value())).append(" THEN ")
                        .append(e.getValue().toMillis()));
        return sql.append(" ELSE ").append(otherwise.toMillis()).append(" END").toString();
    }

    private static String parameter(List<Object> parameters, Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return ((List<Object>) query.getResultList()).stream().map(JpaReports::columns).toList();
    }

    private static Object[] columns(Object row) {
        return row instanceof Object[] a ? a : new Object[] {row};
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    /** A COUNT or SUM as a number; SUM over no rows is null. */
    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
