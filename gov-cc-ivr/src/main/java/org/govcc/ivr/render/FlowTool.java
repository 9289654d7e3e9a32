package org.govcc.ivr.render;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govcc.api.ivr.FlowDocument;
import org.govcc.api.ivr.FlowId;
import org.govcc.ivr.FlowRepository;
import org.govcc.ivr.flow.Flow;
import org.govcc.ivr.flow.InvalidFlowException;
import org.govcc.ivr.validate.FlowValidator;

/**
 * Command line: checks flow files and draws them.
 *
 * <pre>
 * java -cp ... org.govcc.ivr.render.FlowTool check flow.json [more.json ...]
 * java -cp ... org.govcc.ivr.render.FlowTool render OUTPUT_DIR flow.json [more.json ...]
 * </pre>
 *
 * <p>{@code render} writes {@code ID.mmd}, {@code ID.dot} and, where Graphviz is installed, {@code ID.svg}.
 * Problems are printed one per line as {@code file:line:column: /json/pointer: message}; the exit status is 1.
 *
 * @since 0.1
 */
public final class FlowTool {

    private FlowTool() {
    }

    /** Runs the tool and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the tool.
     *
     * @return 0 when every flow is sound (and drawn), 1 when a flow was refused, 2 on a usage or I/O error
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || !(args[0].equals("check") || args[0].equals("render") && args.length >= 3)) {
            err.println("usage: FlowTool check FLOW.json... | FlowTool render OUTPUT_DIR FLOW.json...");
            return 2;
        }
        boolean render = args[0].equals("render");
        int first = render ? 2 : 1;
        List<FlowDocument> documents = new ArrayList<>();
        for (int i = first; i < args.length; i++) {
            Path file = Path.of(args[i]);
            try {
                String json = Files.readString(file, StandardCharsets.UTF_8);
                String name = file.getFileName().toString().replaceFirst("\\.json$", "");
                documents.add(new FlowDocument(new FlowId(idOf(json, name)), file.toString(), json));
            } catch (IOException e) {
                err.println(file + ": cannot read: " + e.getMessage());
                return 2;
            }
        }
        FlowRepository repository;
        try {
            repository = FlowRepository.load(documents, FlowValidator.builder());
        } catch (InvalidFlowException e) {
            err.println(e.getMessage());
            return 1;
        }
        out.println(documents.size() + (documents.size() == 1 ? " flow is" : " flows are") + " sound");
        if (!render) {
            return 0;
        }
        Path dir = Path.of(args[1]);
        try {
            Files.createDirectories(dir);
            for (var id : repository.ids()) {
                Flow flow = repository.flow(id).orElseThrow();
                Files.writeString(dir.resolve(id + ".mmd"), FlowDiagram.mermaid(flow), StandardCharsets.UTF_8);
                Files.writeString(dir.resolve(id + ".dot"), FlowDiagram.dot(flow), StandardCharsets.UTF_8);
                var svg = FlowDiagram.svg(flow);
                if (svg.isPresent()) {
                    Files.writeString(dir.resolve(id + ".svg"), svg.get(), StandardCharsets.UTF_8);
                }
                out.println("drew " + id + (svg.isPresent() ? " (.mmd, .dot, .svg)" : " (.mmd, .dot; no Graphviz for .svg)"));
            }
        } catch (IOException e) {
            err.println(dir + ": cannot write: " + e.getMessage());
            return 2;
        }
        return 0;
    }

    /** The flow's own id when the text has one that is valid, else the file name (so the reader reports the rest). */
    private static String idOf(String json, String fallback) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([A-Za-z0-9][A-Za-z0-9._:@+-]{0,127})\"")
                .matcher(json);
        if (m.find()) {
            return m.group(1);
        }
        return fallback.matches("[A-Za-z0-9][A-Za-z0-9._:@+-]{0,127}") ? fallback : "flow";
    }
}
