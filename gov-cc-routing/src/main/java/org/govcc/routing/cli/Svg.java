package org.govcc.routing.cli;

import java.util.List;
import java.util.Locale;

/** Small inline SVG charts for the HTML report: no scripts, no external files. Stateless. */
final class Svg {

    private static final int W = 860;
    private static final int H = 300;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int BOTTOM = 50;

    private Svg() {
    }

    /** A named series of values with its colour. */
    record Series(String name, List<Double> values, String colour) {
    }

    /** Returns a bar chart of {@code series}, with an optional dashed reference line at {@code reference}. */
    static String bars(String title, List<String> labels, Series series, String unit, Double reference,
                       String referenceLabel) {
        double max = series.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (reference != null) {
            max = Math.max(max, reference);
        }
        max = niceMax(max);
        StringBuilder sb = open(title);
        axes(sb, labels, max, unit);
        int n = labels.size();
        double slot = (W - LEFT - RIGHT) / (double) n;
        for (int i = 0; i < n; i++) {
            double v = series.values().get(i);
            double h = (H - TOP - BOTTOM) * v / max;
            sb.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %s</title></rect>%n",
                    LEFT + i * slot + slot * 0.15, H - BOTTOM - h, slot * 0.7, h, series.colour(),
                    esc(labels.get(i)), esc(series.name()), fmt(v)));
        }
        if (reference != null) {
            referenceLine(sb, reference, max, referenceLabel);
        }
        legend(sb, List.of(series));
        return sb.append("</svg>\n").toString();
    }

    /** Returns a line chart of several series on the same axis. */
    static String lines(String title, List<String> labels, List<Series> series, String unit, double max,
                        Double reference, String referenceLabel) {
        StringBuilder sb = open(title);
        axes(sb, labels, max, unit);
        int n = labels.size();
        double slot = (W - LEFT - RIGHT) / (double) n;
        for (Series s : series) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < n; i++) {
                double v = Math.max(0, Math.min(max, s.values().get(i)));
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + (i + 0.5) * slot,
                        H - BOTTOM - (H - TOP - BOTTOM) * v / max));
            }
            sb.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(s.colour())
                    .append("\" points=\"").append(points.toString().trim()).append("\"/>\n");
            for (int i = 0; i < n; i++) {
                double v = Math.max(0, Math.min(max, s.values().get(i)));
                sb.append(String.format(Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s %s: %s</title></circle>%n",
                        LEFT + (i + 0.5) * slot, H - BOTTOM - (H - TOP - BOTTOM) * v / max, s.colour(),
                        esc(labels.get(i)), esc(s.name()), fmt(s.values().get(i))));
            }
        }
        if (reference != null) {
            referenceLine(sb, reference, max, referenceLabel);
        }
        legend(sb, series);
        return sb.append("</svg>\n").toString();
    }

    private static StringBuilder open(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(W).append(' ')
                .append(H).append("\" width=\"").append(W).append("\" height=\"").append(H)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">\n<title>").append(esc(title))
                .append("</title>\n<text x=\"").append(LEFT).append("\" y=\"18\" font-size=\"14\" font-weight=\"bold\">")
                .append(esc(title)).append("</text>\n");
        return sb;
    }

    private static void axes(StringBuilder sb, List<String> labels, double max, String unit) {
        int bottom = H - BOTTOM;
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                LEFT, TOP, LEFT, bottom));
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                LEFT, bottom, W - RIGHT, bottom));
        for (int t = 0; t <= 4; t++) {
            double v = max * t / 4;
            double y = bottom - (H - TOP - BOTTOM) * t / 4.0;
            sb.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s%s</text>%n",
                    LEFT, y, W - RIGHT, y, LEFT - 5, y + 4, fmt(v), esc(unit)));
        }
        int n = labels.size();
        double slot = (W - LEFT - RIGHT) / (double) n;
        int every = Math.max(1, n / 12);
        for (int i = 0; i < n; i += every) {
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    LEFT + (i + 0.5) * slot, bottom + 15, esc(labels.get(i))));
        }
    }

    private static void referenceLine(StringBuilder sb, double value, double max, String label) {
        double y = H - BOTTOM - (H - TOP - BOTTOM) * value / max;
        sb.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#c00\" stroke-dasharray=\"6 4\"/>"
                        + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#c00\">%s</text>%n",
                LEFT, y, W - RIGHT, y, W - RIGHT, y - 4, esc(label)));
    }

    private static void legend(StringBuilder sb, List<Series> series) {
        int x = LEFT;
        for (Series s : series) {
            sb.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
                    x, H - 22, s.colour(), x + 16, H - 12, esc(s.name())));
            x += 30 + 7 * s.name().length();
        }
    }

    private static double niceMax(double v) {
        if (v <= 0) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    static String fmt(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, Math.abs(v) < 10 ? "%.2f" : "%.1f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
