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
 * schema version 11). No record is loaded: what comes back is one row per group. Runs in
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
        // TALK_MS counts the caller's time on hold (HOLD_MS, schema version 8) in: talk here is without it.
        String sql = "SELECT k, LINE_ID, QUEUE_ID, COUNT(*), SUM(ans), SUM(CASE WHEN ans = 1 AND WAITED_MS <= thr "
                + "THEN 1 ELSE 0 END), SUM(CASE WHEN ab = 1 AND WAITED_MS >= sht THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN ab = 1 AND WAITED_MS >= sht AND WAITED_MS <= thr THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN ab = 1 AND WAITED_MS < sht THEN 1 ELSE 0 END), SUM(cb), "
                + "SUM(CASE WHEN cb = 1 AND AGENT_ID IS NOT NULL THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN ans = 1 THEN WAITED_MS ELSE 0 END), COUNT(TALK_MS), SUM(TALK_MS - HOLD_MS), "
                + "SUM(CASE WHEN TALK_MS IS NULL THEN 0 ELSE HOLD_MS END), "
                + "COUNT(WRAP_UP_MS), SUM(WRAP_UP_MS), SUM(TRANSFERS) FROM ("
                + "SELECT " + s.period().bucketSql("QUEUED_MS") + " AS k, LINE_ID, QUEUE_ID, AGENT_ID, WAITED_MS, "
                + "TALK_MS, HOLD_MS, WRAP_UP_MS, TRANSFERS, "
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
     * {@link ReportPeriod#occupancyGrid()}'s), per group of agents (their body): {busy, staffed} milliseconds, busy
     * being offered, talking or in after-call work, staffed that or available. A state lasts until the agent's next
     * ({@code ENDS_MS}), the one they are in until {@code now}. The database clips each state to the period and sums
     * the states per group, busy or not, and first and last step ({@code k1}, {@code k2}): their count and the sums of
     * their starts and ends, from which the parts in each step follow exactly (a state within one step is its end
     * less its start; one across steps fills the steps between).
     *
     * @param groupOfAgent each agent's group; agents it does not name are in {@code otherwise}
     */
    public Map<String, long[][]> agentTime(ReportSelection s, ReportPeriod grid, Map<String, String> groupOfAgent,
                                           String otherwise, Instant now) {
        Require.nonNull(s, "selection");
        Require.nonNull(grid, "grid");
        Require.nonNull(groupOfAgent, "groupOfAgent");
        Require.nonNull(otherwise, "otherwise");
        Require.nonNull(now, "now");
        Require.that(grid.granularity().interval() != null, "the grid is intervals: " + grid);
        long start = grid.start().toEpochMilli();
        long stop = Math.max(start, Math.min(grid.end().toEpochMilli(), now.toEpochMilli()));
        long step = grid.granularity().interval().toMillis();
        int steps = grid.buckets().size();
        List<Object> parameters = new ArrayList<>();
        // Groups as numbers, 1 for the first named one, 0 for the others; the agents bound as parameters (H2 binds
        // none inside a WITH, so this is derived tables only).
        List<String> names = groupOfAgent.values().stream().distinct().sorted().toList();
        StringBuilder group = new StringBuilder("CASE");
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            group.append(" WHEN AGENT_ID IN (").append(String.join(", ", groupOfAgent.entrySet().stream()
                    .filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).sorted()
                    .map(agent -> parameter(parameters, agent)).toList())).append(") THEN ").append(i + 1);
        }
        String groupSql = names.isEmpty() ? "0" : group.append(" ELSE 0 END").toString();
        String agents = s.agents().isEmpty() ? "" : " AND AGENT_ID IN (" + String.join(", ", s.agents().stream()
                .map(AgentId::value).sorted().map(a -> parameter(parameters, a)).toList()) + ")";
        // One number for group, busy, k1 and k2: grouped by separate expressions, PostgreSQL expected a group per row
        // and sorted a million of them on disk; by one it hashes (0.7 s instead of 1.5 s for a month's states).
        String sql = "SELECT span_key, COUNT(*), SUM(a), SUM(b) FROM (SELECT ((g * 2 + busy) * " + steps + " + (a - "
                + start + ") / " + step + ") * " + steps + " + (b - 1 - " + start + ") / " + step + " AS span_key, a, b "
                + "FROM (SELECT " + groupSql + " AS g, CASE WHEN STATE = 'AVAILABLE' THEN 0 ELSE 1 END AS busy, "
                + "CASE WHEN AT_MS < " + start + " THEN " + start + " ELSE AT_MS END AS a, "
                + "CASE WHEN ENDS_MS IS NULL OR ENDS_MS > " + stop + " THEN " + stop + " ELSE ENDS_MS END AS b "
                + "FROM GOVCC_AGENT_STATE WHERE AT_MS >= " + (start - LOOK_BACK.toMillis()) + " AND AT_MS < " + stop
                + " AND (ENDS_MS IS NULL OR ENDS_MS > " + start + ") AND STATE IN ('AVAILABLE', 'RESERVED', "
                + "'TALKING', 'WRAP_UP')" + agents + ") x WHERE b > a) d GROUP BY span_key";
        Map<String, long[][]> time = new java.util.TreeMap<>();
        for (Object[] r : rows(sql, parameters)) {
            long key = number(r[0]).longValue();
            int k2 = (int) (key % steps);
            int k1 = (int) (key / steps % steps);
            boolean busy = key / steps / steps % 2 == 1;
            int g = (int) (key / steps / steps / 2);
            long[][] t = time.computeIfAbsent(g == 0 ? otherwise : names.get(g - 1), x -> new long[steps][2]);
            long n = count(r[1]);
            long[] parts = new long[k2 - k1 + 1];
            if (k1 == k2) {
                parts[0] = count(r[3]) - count(r[2]);
            } else {
                parts[0] = n * (start + (k1 + 1) * step) - count(r[2]);
                parts[k2 - k1] = count(r[3]) - n * (start + k2 * step);
                for (int k = 1; k < k2 - k1; k++) {
                    parts[k] = n * step;
                }
            }
            for (int k = 0; k < parts.length; k++) {
                t[k1 + k][0] += busy ? parts[k] : 0;
                t[k1 + k][1] += parts[k];
            }
        }
        return time;
    }

    /** An SQL CASE giving each call its queue's threshold in milliseconds (the queue ids bound as parameters). */
    private static String perQueue(Map<QueueId, Duration> thresholds, Duration otherwise, List<Object> parameters) {
        if (thresholds.isEmpty()) {
            return Long.toString(otherwise.toMillis());
        }
        StringBuilder sql = new StringBuilder("CASE");
        thresholds.entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(QueueId::value)))
                .forEach(e -> sql.append(" WHEN QUEUE_ID = ").append(parameter(parameters, e.getKey().value()))
                        .append(" THEN ").append(e.getValue().toMillis()));
        return sql.append(" ELSE ").append(otherwise.toMillis()).append(" END").toString();
    }

    /** A JDBC parameter, bound in order. */
    private static String parameter(List<Object> parameters, Object value) {
        parameters.add(value);
        return "?";
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
