package org.govcc.routing.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govcc.api.internal.Require;
import org.govcc.routing.staffing.HourlyShape;

/**
 * A line's day as data, for the simulator and the capacity planner: opening hours, the shape of arrivals over the
 * day, each topic's share of calls and the share of a confidential line. Read from a small text file so that a
 * line's figures live with its configuration, not in code:
 *
 * <pre>
 * # comment
 * open 08:00
 * close 20:00
 * hourly-from 08:00
 * hourly 0.90 1.35 1.45 1.30
 * topic insurance-pensions 0.38
 * topic employment-training 0.20
 * confidential complaints 0.02
 * </pre>
 *
 * @param open when the line opens
 * @param close when it closes
 * @param shape the relative weight of each hour
 * @param topics each topic's share of calls, in menu order (the shares of topics and the confidential line sum to 1
 *               or less)
 * @param confidentialTopic the confidential line's topic, or empty for none
 * @param confidentialShare its share of calls; 0 when there is none
 * @since 0.1
 */
public record DayMix(LocalTime open, LocalTime close, HourlyShape shape, Map<String, Double> topics,
                     String confidentialTopic, double confidentialShare) {

    /** Validates the values and freezes the map (keeping its order). */
    public DayMix {
        Require.nonNull(open, "open");
        Require.nonNull(close, "close");
        Require.that(close.isAfter(open), "close must be after open, but was " + open + "-" + close);
        Require.nonNull(shape, "shape");
        Require.nonNull(topics, "topics");
        Require.that(!topics.isEmpty(), "a day needs at least one topic");
        double sum = confidentialShare;
        for (Map.Entry<String, Double> t : topics.entrySet()) {
            Require.id(t.getKey(), "topic");
            Require.that(t.getValue() != null && t.getValue() > 0, "share of topic " + t.getKey() + " must be positive");
            sum += t.getValue();
        }
        topics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(topics));
        Require.nonNull(confidentialTopic, "confidentialTopic");
        Require.that(confidentialShare >= 0 && confidentialShare < 1, "confidential share must be in [0, 1), but was "
                + confidentialShare);
        Require.that(confidentialTopic.isEmpty() == (confidentialShare == 0),
                "a confidential share needs its topic, and a topic its share");
        Require.that(sum <= 1.0 + 1e-9, "the shares add up to " + sum + ", more than 1");
    }

    /**
     * Reads a day from {@code file}.
     *
     * @throws IllegalArgumentException naming the file and line of what is malformed or missing
     */
    public static DayMix read(Path file) {
        Require.nonNull(file, "file");
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Parses a day from {@code text}.
     *
     * @param origin where the text came from, for messages
     * @throws IllegalArgumentException naming the origin and line of what is malformed or missing
     */
    public static DayMix parse(String text, String origin) {
        Require.nonNull(text, "text");
        Require.nonBlank(origin, "origin");
        LocalTime open = null;
        LocalTime close = null;
        LocalTime hourlyFrom = null;
        List<Double> hourly = null;
        Map<String, Double> topics = new LinkedHashMap<>();
        String confidential = "";
        double confidentialShare = 0;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String at = origin + ":" + (i + 1) + ": ";
            String[] words = line.split("\\s+");
            try {
                switch (words[0]) {
                    case "open" -> open = LocalTime.parse(one(words, at));
                    case "close" -> close = LocalTime.parse(one(words, at));
                    case "hourly-from" -> hourlyFrom = LocalTime.parse(one(words, at));
                    case "hourly" -> {
                        hourly = new ArrayList<>();
                        for (int w = 1; w < words.length; w++) {
                            hourly.add(Double.parseDouble(words[w]));
                        }
                    }
                    case "topic" -> {
                        Require.that(words.length == 3, at + "write: topic ID SHARE");
                        Require.that(topics.put(words[1], Double.parseDouble(words[2])) == null,
                                at + "topic " + words[1] + " is given twice");
                    }
                    case "confidential" -> {
                        Require.that(words.length == 3, at + "write: confidential TOPIC SHARE");
                        confidential = words[1];
                        confidentialShare = Double.parseDouble(words[2]);
                    }
                    default -> throw new IllegalArgumentException(at + "unknown key '" + words[0]
                            + "' (open, close, hourly-from, hourly, topic, confidential)");
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException(at + "malformed value in '" + line + "'", e);
            }
        }
        Require.that(open != null && close != null, origin + ": open and close are required");
        Require.that(hourly != null, origin + ": hourly weights are required");
        try {
            return new DayMix(open, close, new HourlyShape(hourlyFrom == null ? open : hourlyFrom, hourly), topics,
                    confidential, confidentialShare);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
        }
    }

    private static String one(String[] words, String at) {
        Require.that(words.length == 2, at + "write: " + words[0] + " VALUE");
        return words[1];
    }
}
