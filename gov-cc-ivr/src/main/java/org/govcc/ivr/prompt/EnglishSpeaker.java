package org.govcc.ivr.prompt;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.govcc.api.call.Language;
import org.govcc.api.control.PromptId;
import org.govcc.api.internal.Require;

/**
 * English: "one minute", "three minutes", "one hour and five minutes"; positions as ordinals ("third",
 * "twenty-third"); dates as "Tuesday the fourteenth of April at eight a.m.".
 *
 * <p>Prompt ids: {@code num.0-19}, {@code num.20-90} (tens), {@code ord.1-19}, {@code ord.20-90} (tens),
 * {@code word.*}, {@code day.1-7} (ISO, Monday = 1), {@code month.1-12}.
 */
final class EnglishSpeaker extends AbstractSpeaker {

    @Override
    public Language language() {
        return Language.ENGLISH;
    }

    @Override
    public List<PromptId> number(long value) {
        Require.nonNegative(value, "number");
        if (value >= 1_000_000_000L) {
            return digits(value);
        }
        List<PromptId> out = new ArrayList<>();
        if (value == 0) {
            out.add(p("num.0"));
            return out;
        }
        long millions = value / 1_000_000;
        long thousands = value / 1000 % 1000;
        long rest = value % 1000;
        if (millions > 0) {
            out.addAll(below1000(millions));
            out.add(p("word.million"));
        }
        if (thousands > 0) {
            out.addAll(below1000(thousands));
            out.add(p("word.thousand"));
        }
        if (rest > 0) {
            out.addAll(below1000(rest));
        }
        return out;
    }

    private static List<PromptId> below1000(long n) {
        List<PromptId> out = new ArrayList<>();
        if (n >= 100) {
            out.add(p("num." + n / 100));
            out.add(p("word.hundred"));
        }
        long rest = n % 100;
        if (rest >= 20) {
            out.add(p("num." + rest / 10 * 10));
            if (rest % 10 != 0) {
                out.add(p("num." + rest % 10));
            }
        } else if (rest > 0) {
            out.add(p("num." + rest));
        }
        return out;
    }

    @Override
    public List<PromptId> ordinal(int value) {
        Require.inRange(value, 1, Integer.MAX_VALUE, "ordinal");
        List<PromptId> out = new ArrayList<>();
        if (value < 20 || (value < 100 && value % 10 == 0)) {
            out.add(p("ord." + value));
        } else if (value < 100) {
            out.add(p("num." + value / 10 * 10));
            out.add(p("ord." + value % 10));
        } else {
            out.addAll(number(value));
        }
        return out;
    }

    @Override
    public List<PromptId> duration(Duration value) {
        Require.nonNull(value, "duration");
        long minutes = minutesUp(value);
        List<PromptId> out = new ArrayList<>();
        if (minutes == 0) {
            out.add(p("word.less-than-a-minute"));
            return out;
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours > 0) {
            out.addAll(number(hours));
            out.add(p(hours == 1 ? "word.hour" : "word.hours"));
            if (rest > 0) {
                out.add(p("word.and"));
            }
        }
        if (rest > 0) {
            out.addAll(number(rest));
            out.add(p(rest == 1 ? "word.minute" : "word.minutes"));
        }
        return out;
    }

    @Override
    public List<PromptId> dateTime(ZonedDateTime value) {
        Require.nonNull(value, "date-time");
        List<PromptId> out = new ArrayList<>();
        out.add(p("day." + value.getDayOfWeek().getValue()));
        out.add(p("word.the"));
        out.addAll(ordinal(value.getDayOfMonth()));
        out.add(p("word.of"));
        out.add(p("month." + value.getMonthValue()));
        out.add(p("word.at"));
        int hour12 = value.getHour() % 12 == 0 ? 12 : value.getHour() % 12;
        out.addAll(number(hour12));
        int minute = value.getMinute();
        if (minute > 0 && minute < 10) {
            out.add(p("word.oh"));
        }
        if (minute > 0) {
            out.addAll(number(minute));
        }
        out.add(p(value.getHour() < 12 ? "word.am" : "word.pm"));
        return out;
    }
}
