package org.govcc.ivr.prompt;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.govcc.api.control.PromptId;

/** Shared plumbing of the built-in speakers. Not API. */
abstract class AbstractSpeaker implements Speaker {

    private volatile Set<PromptId> vocabulary;

    static PromptId p(String id) {
        return new PromptId(id);
    }

    /** Minutes, rounded up. */
    static long minutesUp(Duration d) {
        long seconds = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
        return (seconds + 59) / 60;
    }

    /** Every prompt reachable from a broad sample of values; computed once. */
    @Override
    public Set<PromptId> vocabulary() {
        Set<PromptId> v = vocabulary;
        if (v == null) {
            Set<PromptId> all = new LinkedHashSet<>();
            for (long n = 0; n <= 2100; n++) {
                all.addAll(number(n));
            }
            for (long n : new long[] {10_000, 13_000, 14_000, 200_000, 1_000_000, 3_000_000, 1_000_000_000L}) {
                all.addAll(number(n));
            }
            for (int n = 1; n <= 2100; n++) {
                all.addAll(ordinal(n));
            }
            for (int m = 0; m <= 180; m++) {
                all.addAll(duration(Duration.ofMinutes(m)));
            }
            ZonedDateTime t = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
            for (int day = 0; day < 366; day++) {
                all.addAll(dateTime(t.plusDays(day)));
            }
            for (int minute = 0; minute < 24 * 60; minute++) {
                all.addAll(dateTime(t.plusMinutes(minute)));
            }
            v = Collections.unmodifiableSet(all);
            vocabulary = v;
        }
        return v;
    }

    /** Says each digit of a number too long to be spoken as one. */
    List<PromptId> digits(long value) {
        List<PromptId> out = new ArrayList<>();
        for (char c : Long.toString(value).toCharArray()) {
            out.add(p("num." + c));
        }
        return out;
    }
}
