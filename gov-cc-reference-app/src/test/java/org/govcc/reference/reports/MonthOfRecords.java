package org.govcc.reference.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * Writes a month of the ministry's call records and agents' states straight into the tables (JDBC batches, far
 * quicker than folding events), for the reports' benchmark: on every day Monday to Saturday, callers arrive from 08:00
 * to 20:00 Athens time on the topics' shares, wait for the first of the day's agents to come free (or give up after
 * their patience), talk (exponential, 240 s on average) and leave the agent 30 s of after-call work on average,
 * until the month holds {@code answered} answered calls. Each answered call leaves three states (talking, after-call
 * work, available), with when it ended as the recorder keeps it; each agent's day starts available at 08:00 and ends
 * signed out. Deterministic for a seed.
 */
final class MonthOfRecords {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final String[] TOPICS = {"insurance-pensions", "employment-training", "welfare-benefits",
        "labour-relations", "social-solidarity", "equality", "harassment-complaints"};
    private static final double[] SHARES = {0.38, 0.20, 0.18, 0.12, 0.07, 0.03, 0.02};
    private static final int AGENTS = 105;
    private static final int BATCH = 2_000;

    private final boolean postgres;
    private final SplittableRandom random;
    private long calls;
    private long abandoned;
    private long states;
    private long stateId;
    /** Each agent's state not written yet, {at, status, call}: it is written when the next one ends it. */
    private final Object[][] pending = new Object[AGENTS][];

    MonthOfRecords(boolean postgres, long seed) {
        this.postgres = postgres;
        this.random = new SplittableRandom(seed);
    }

    /** What was written. */
    record Written(long calls, long answered, long abandoned, long states) {
    }

    /** Writes {@code month}'s records, {@code answered} of its calls answered, into {@code db}. */
    Written write(DataSource db, YearMonth month, long answered) throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        try (Connection c = db.getConnection();
             PreparedStatement call = c.prepareStatement("INSERT INTO GOVCC_CALL_RECORD (CALL_ID, VERSION, "
                     + "FIRST_SEEN, LINE_ID, QUEUE_ID, CALLBACK_REQUESTED, AGENT_ID, WAITED_MS, ABANDONED, ENDED_AT, "
                     + "END_CAUSE, END_REASON, CONNECTED_AT, TALK_MS, WRAP_UP_MS, QUEUED_MS, TRANSFERS, LAST_EVENT_MS) "
                     + "VALUES (?, 1, ?, ?, ?, FALSE, ?, ?, ?, ?, 'ENDED', ?, ?, ?, ?, ?, 0, ?)");
             PreparedStatement state = c.prepareStatement("INSERT INTO GOVCC_AGENT_STATE (ID, AGENT_ID, AT, STATE, "
                     + "CALL_ID, AT_MS, ENDS_MS) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            long done = 0;
            for (int i = 0; i < days.size(); i++) {
                long target = answered * (i + 1) / days.size() - done;
                done += day(days.get(i), target, call, state);
                c.commit();
            }
            for (int a = 0; a < AGENTS; a++) {
                flush(state, a, null); // each agent's last state: the one they are in
            }
            call.executeBatch();
            state.executeBatch();
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE"); // fresh statistics, as a running database keeps them
            }
            c.commit();
            return new Written(calls, done, abandoned, states);
        }
    }

    /** One day: callers until {@code target} were answered; returns how many were. */
    private long day(LocalDate day, long target, PreparedStatement call, PreparedStatement state) throws SQLException {
        long open = day.atTime(8, 0).atZone(ATHENS).toInstant().toEpochMilli();
        long close = day.atTime(20, 0).atZone(ATHENS).toInstant().toEpochMilli();
        PriorityQueue<long[]> free = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0])); // {free at, agent}
        for (int a = 0; a < AGENTS; a++) {
            free.add(new long[] {open, a});
            state(state, a, open, "AVAILABLE", null);
        }
        double gapMillis = (close - open) / (target * 1.05);
        long at = open;
        long answeredToday = 0;
        while (answeredToday < target) {
            at += (long) (-Math.log(1 - random.nextDouble()) * gapMillis);
            if (at >= close) {
                at = open + random.nextLong(close - open); // the day's shape is not the point: fill it up
            }
            String id = "bench-" + day + "-" + (calls++);
            String topic = topic();
            long patience = (long) (-Math.log(1 - random.nextDouble()) * 180_000);
            long[] agent = free.peek();
            long start = Math.max(at, agent[0]);
            if (start - at > patience) {
                abandoned++;
                row(call, id, at, topic, null, patience, true, at + patience, null, null, null);
                continue;
            }
            free.poll();
            long talk = 1_000 + (long) (-Math.log(1 - random.nextDouble()) * 239_000);
            long wrap = 5_000 + (long) (-Math.log(1 - random.nextDouble()) * 25_000);
            String agentId = "agent-" + agent[1];
            row(call, id, at, topic, agentId, start - at, false, start + talk, start, talk, wrap);
            state(state, agent[1], start, "TALKING", id);
            state(state, agent[1], start + talk, "WRAP_UP", id);
            state(state, agent[1], start + talk + wrap, "AVAILABLE", null);
            agent[0] = start + talk + wrap;
            free.add(agent);
            answeredToday++;
        }
        for (long[] agent : free) {
            state(state, agent[1], Math.max(agent[0], close) + 1, "LOGGED_OUT", null);
        }
        return answeredToday;
    }

    private String topic() {
        double u = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < TOPICS.length; i++) {
            sum += SHARES[i];
            if (u < sum) {
                return TOPICS[i];
            }
        }
        return TOPICS[0];
    }

    private void row(PreparedStatement p, String id, long queued, String topic, String agent, long waited,
                     boolean gaveUp, long ended, Long connected, Long talk, Long wrap) throws SQLException {
        p.setString(1, id);
        p.setObject(2, timestamp(queued));
        p.setString(3, topic.equals("harassment-complaints") ? "complaints" : "main");
        p.setString(4, topic);
        p.setString(5, agent);
        p.setLong(6, waited);
        p.setBoolean(7, gaveUp);
        p.setObject(8, timestamp(ended));
        p.setString(9, gaveUp ? "caller hung up" : "agent hung up");
        p.setObject(10, connected == null ? null : timestamp(connected));
        p.setObject(11, talk);
        p.setObject(12, wrap);
        p.setLong(13, queued);
        p.setLong(14, ended + (wrap == null ? 0 : wrap));
        p.addBatch();
        if (calls % BATCH == 0) {
            p.executeBatch();
        }
    }

    /** Agent {@code agent} enters {@code status}: their previous state is written, ending now. */
    private void state(PreparedStatement p, long agent, long at, String status, String call) throws SQLException {
        flush(p, (int) agent, at);
        pending[(int) agent] = new Object[] {at, status, call};
    }

    /** Writes agent {@code agent}'s pending state, ending at {@code ends} (null: not ended). */
    private void flush(PreparedStatement p, int agent, Long ends) throws SQLException {
        Object[] s = pending[agent];
        if (s == null) {
            return;
        }
        long at = (Long) s[0];
        p.setLong(1, ++stateId);
        p.setString(2, "agent-" + agent);
        p.setObject(3, timestamp(at));
        p.setString(4, (String) s[1]);
        p.setString(5, (String) s[2]);
        p.setLong(6, at);
        p.setObject(7, ends);
        p.addBatch();
        pending[agent] = null;
        if (++states % BATCH == 0) {
            p.executeBatch();
        }
    }

    /** An instant as each database's column takes it: with its offset on PostgreSQL, UTC wall time on H2. */
    private Object timestamp(long millis) {
        Instant at = Instant.ofEpochMilli(millis);
        return postgres ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC) : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
