package org.govcc.ivr.prompt;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.govcc.api.call.Language;
import org.govcc.api.control.PromptId;
import org.govcc.api.internal.Require;

/**
 * Greek: numbers agree in gender with the noun that follows ("ένα λεπτό", "τρία λεπτά", "μία ώρα",
 * "τρεις ώρες", "τρεις χιλιάδες"); queue positions are feminine ordinals that agree with "θέση" ("η θέση σας
 * είναι: τρίτη"), so they never assume the caller's gender; dates read "Τρίτη, δεκατέσσερις Απριλίου, στις
 * οκτώ" with the month in the genitive and the 1st as "πρώτη".
 *
 * <p>Prompt ids: {@code num.N} (neuter), {@code num.N.f} (feminine forms of 1, 3, 4, 13, 14, 200-900,
 * 1000), {@code num.100.plus} ("εκατόν"), {@code ord.N} (feminine ordinals), {@code word.*}, {@code day.1-7}
 * (ISO, Monday = 1), {@code month.1-12}.
 */
final class GreekSpeaker extends AbstractSpeaker {

    private enum Gender { NEUTER, FEMININE }

    @Override
    public Language language() {
        return Language.GREEK;
    }

    @Override
    public List<PromptId> number(long value) {
        Require.nonNegative(value, "number");
        return cardinal(value, Gender.NEUTER);
    }

    @Override
    public List<PromptId> ordinal(int value) {
        Require.inRange(value, 1, Integer.MAX_VALUE, "ordinal");
        List<PromptId> out = new ArrayList<>();
        if (value <= 12) {
            out.add(p("ord." + value));
        } else if (value < 20) {
            out.add(p("ord.10"));
            out.add(p("ord." + (value - 10)));
        } else if (value < 100) {
            out.add(p("ord." + (value / 10 * 10)));
            if (value % 10 != 0) {
                out.add(p("ord." + (value % 10)));
            }
        } else {
            out.addAll(cardinal(value, Gender.FEMININE));
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
            out.addAll(cardinal(hours, Gender.FEMININE));
            out.add(p(hours == 1 ? "word.hour" : "word.hours"));
            if (rest > 0) {
                out.add(p("word.and"));
            }
        }
        if (rest > 0) {
            out.addAll(cardinal(rest, Gender.NEUTER));
            out.add(p(rest == 1 ? "word.minute" : "word.minutes"));
        }
        return out;
    }

    @Override
    public List<PromptId> dateTime(ZonedDateTime value) {
        Require.nonNull(value, "date-time");
        List<PromptId> out = new ArrayList<>();
        out.add(p("day." + value.getDayOfWeek().getValue()));
        int day = value.getDayOfMonth();
        if (day == 1) {
            out.add(p("ord.1"));
        } else {
            out.addAll(cardinal(day, Gender.FEMININE));
        }
        out.add(p("month." + value.getMonthValue()));
        out.add(p("word.at"));
        out.addAll(cardinal(value.getHour(), Gender.FEMININE));
        if (value.getMinute() != 0) {
            out.add(p("word.and"));
            out.addAll(cardinal(value.getMinute(), Gender.NEUTER));
        }
        return out;
    }

    private List<PromptId> cardinal(long n, Gender g) {
        List<PromptId> out = new ArrayList<>();
        if (n >= 1_000_000_000L) {
            return digits(n);
        }
        if (n == 0) {
            out.add(p("num.0"));
            return out;
        }
        long millions = n / 1_000_000;
        long thousands = n / 1000 % 1000;
        long rest = n % 1000;
        if (millions > 0) {
            out.addAll(below1000(millions, Gender.NEUTER));
            out.add(p(millions == 1 ? "word.million" : "word.millions"));
        }
        if (thousands == 1) {
            out.add(p(g == Gender.FEMININE ? "num.1000.f" : "num.1000"));
        } else if (thousands > 1) {
            out.addAll(below1000(thousands, Gender.FEMININE)); // χιλιάδες is feminine
            out.add(p("word.thousands"));
        }
        if (rest > 0) {
            out.addAll(below1000(rest, g));
        }
        return out;
    }

    private List<PromptId> below1000(long n, Gender g) {
        List<PromptId> out = new ArrayList<>();
        long hundreds = n / 100;
        long rest = n % 100;
        if (hundreds == 1) {
            out.add(p(rest == 0 ? "num.100" : "num.100.plus"));
        } else if (hundreds > 1) {
            out.add(p("num." + hundreds * 100 + (g == Gender.FEMININE ? ".f" : "")));
        }
        if (rest >= 20) {
            out.add(p("num." + rest / 10 * 10));
            if (rest % 10 != 0) {
                out.add(unit(rest % 10, g));
            }
        } else if (rest > 0) {
            out.add(unit(rest, g));
        }
        return out;
    }

    private static PromptId unit(long n, Gender g) {
        boolean gendered = n == 1 || n == 3 || n == 4 || n == 13 || n == 14;
        return p("num." + n + (g == Gender.FEMININE && gendered ? ".f" : ""));
    }
}
