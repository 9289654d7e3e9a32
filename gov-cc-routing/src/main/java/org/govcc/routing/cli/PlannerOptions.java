package org.govcc.routing.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.govcc.api.internal.Require;
import org.govcc.routing.sim.DayMix;

/**
 * The capacity planner's options; the defaults are a national citizen line's figures (18,500 calls a day,
 * 08:00-20:00, 270 s) with a flat day; a line's own day shape comes from its {@link DayMix} file ({@code --profile}).
 *
 * @param calls calls per day ({@code --calls}, 18500)
 * @param open opening time ({@code --open}, 08:00)
 * @param close closing time ({@code --close}, 20:00)
 * @param interval planning interval ({@code --interval} minutes, 30)
 * @param handleTime average handling time incl. wrap-up ({@code --aht} seconds, 270)
 * @param serviceLevel target share answered within the threshold ({@code --sl}, 0.8)
 * @param threshold the threshold ({@code --threshold} seconds, 20)
 * @param patience mean caller patience for Erlang A ({@code --patience} seconds, 180)
 * @param blocking trunk blocking target ({@code --blocking}, 0.01)
 * @param trunks the lines the line has, whose blocking is reported ({@code --trunks}, 100)
 * @param trunkHoldTime how long a call holds a line ({@code --trunk-hold} seconds, default = handling time)
 * @param profile arrival shape: {@code flat}, or a day file read by {@link DayMix#read} ({@code --profile}, flat)
 * @param simulate whether to simulate the plan ({@code --no-simulate} turns it off)
 * @param seed the simulation's seed ({@code --seed}, 1)
 * @param out where to write the HTML report ({@code --out}, capacity-report.html)
 * @since 0.1
 */
public record PlannerOptions(int calls, LocalTime open, LocalTime close, Duration interval, Duration handleTime,
                             double serviceLevel, Duration threshold, Duration patience, double blocking,
                             int trunks, Duration trunkHoldTime, String profile, boolean simulate, long seed,
                             Path out) {

    /** Validates the values; messages name the option. */
    public PlannerOptions {
        Require.inRange(calls, 1, 10_000_000, "--calls");
        Require.nonNull(open, "--open");
        Require.nonNull(close, "--close");
        Require.that(close.isAfter(open), "--close must be after --open, but was " + open + "-" + close);
        positive(interval, "--interval");
        positive(handleTime, "--aht");
        Require.that(serviceLevel > 0 && serviceLevel < 1, "--sl must be between 0 and 1 (exclusive), but was "
                + serviceLevel);
        positive(threshold, "--threshold");
        positive(patience, "--patience");
        Require.that(blocking > 0 && blocking < 1, "--blocking must be between 0 and 1 (exclusive), but was "
                + blocking);
        Require.inRange(trunks, 1, 1_000_000, "--trunks");
        positive(trunkHoldTime, "--trunk-hold");
        Require.nonBlank(profile, "--profile");
        Require.that("flat".equals(profile) || Files.isRegularFile(Path.of(profile)),
                "--profile must be 'flat' or a day file, but '" + profile + "' is no file");
        Require.nonNull(out, "--out");
    }

    private static void positive(Duration d, String option) {
        Require.nonNull(d, option);
        Require.that(!d.isNegative() && !d.isZero(), option + " must be more than zero, but was " + d.toSeconds()
                + " s");
    }

    /** Returns the defaults. */
    public static PlannerOptions defaults() {
        return parse(new String[0]);
    }

    /**
     * Parses {@code --name value} or {@code --name=value} arguments.
     *
     * @throws IllegalArgumentException naming the option that is unknown or malformed
     */
    public static PlannerOptions parse(String[] args) {
        int calls = 18_500;
        LocalTime open = LocalTime.of(8, 0);
        LocalTime close = LocalTime.of(20, 0);
        long interval = 30;
        long aht = 270;
        double sl = 0.8;
        long threshold = 20;
        long patience = 180;
        double blocking = 0.01;
        int trunks = 100;
        Long trunkHold = null;
        String profile = "flat";
        boolean simulate = true;
        long seed = 1;
        Path out = Path.of("capacity-report.html");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--no-simulate")) {
                simulate = false;
                continue;
            }
            Require.that(arg.startsWith("--"), "unexpected argument '" + arg + "' (options start with --)");
            String name;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else {
                name = arg;
                Require.that(i + 1 < args.length, name + " needs a value");
                value = args[++i];
            }
            try {
                switch (name) {
                    case "--calls":
                        calls = Integer.parseInt(value);
                        break;
                    case "--open":
                        open = LocalTime.parse(value);
                        break;
                    case "--close":
                        close = LocalTime.parse(value);
                        break;
                    case "--interval":
                        interval = Long.parseLong(value);
                        break;
                    case "--aht":
                        aht = Long.parseLong(value);
                        break;
                    case "--sl":
                        sl = Double.parseDouble(value);
                        break;
                    case "--threshold":
                        threshold = Long.parseLong(value);
                        break;
                    case "--patience":
                        patience = Long.parseLong(value);
                        break;
                    case "--blocking":
                        blocking = Double.parseDouble(value);
                        break;
                    case "--trunks":
                        trunks = Integer.parseInt(value);
                        break;
                    case "--trunk-hold":
                        trunkHold = Long.parseLong(value);
                        break;
                    case "--profile":
                        profile = value;
                        break;
                    case "--seed":
                        seed = Long.parseLong(value);
                        break;
                    case "--out":
                        out = Path.of(value);
                        break;
                    default:
                        throw new IllegalArgumentException("unknown option '" + name + "'; see --help");
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException(name + " has a malformed value '" + value + "'", e);
            }
        }
        return new PlannerOptions(calls, open, close, Duration.ofMinutes(interval), Duration.ofSeconds(aht), sl,
                Duration.ofSeconds(threshold), Duration.ofSeconds(patience), blocking, trunks,
                Duration.ofSeconds(trunkHold == null ? aht : trunkHold), profile, simulate, seed, out);
    }

    /** Returns the usage text. */
    public static String usage() {
        return String.join("\n",
                "gov-cc capacity planner: agents and trunks per interval, and an HTML report.",
                "",
                "usage: java -jar gov-cc-routing-<version>-planner.jar [options]",
                "  --calls N          calls per day (18500)",
                "  --open HH:MM       opening time (08:00)",
                "  --close HH:MM      closing time (20:00)",
                "  --interval MIN     planning interval in minutes (30)",
                "  --aht SEC          average handling time incl. wrap-up (270)",
                "  --sl SHARE         service-level target (0.8)",
                "  --threshold SEC    answered within (20)",
                "  --patience SEC     mean caller patience, for Erlang A (180)",
                "  --blocking SHARE   trunk blocking target (0.01)",
                "  --trunks N         lines the line has; their blocking is reported (100)",
                "  --trunk-hold SEC   how long a call holds a line (default: --aht)",
                "  --profile FILE     arrival shape: flat, or a line's day file (hourly weights), e.g.",
                "                     gov-cc-reference-app/src/main/resources/config/ministry-of-labour/planning/day.txt",
                "  --seed N           simulation seed (1)",
                "  --no-simulate      skip the simulation of the plan",
                "  --out FILE         HTML report (capacity-report.html)",
                "  --help             this text");
    }
}
