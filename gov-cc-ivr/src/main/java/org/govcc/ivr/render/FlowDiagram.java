package org.govcc.ivr.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.govcc.api.internal.Require;
import org.govcc.ivr.flow.CallbackNode;
import org.govcc.ivr.flow.CollectDigitsNode;
import org.govcc.ivr.flow.Edge;
import org.govcc.ivr.flow.Flow;
import org.govcc.ivr.flow.HangUpNode;
import org.govcc.ivr.flow.LanguageChoiceNode;
import org.govcc.ivr.flow.MenuNode;
import org.govcc.ivr.flow.Node;
import org.govcc.ivr.flow.NodeId;
import org.govcc.ivr.flow.NodeVisitor;
import org.govcc.ivr.flow.PlayNode;
import org.govcc.ivr.flow.PromptItem;
import org.govcc.ivr.flow.QueueNode;
import org.govcc.ivr.flow.ReturnNode;
import org.govcc.ivr.flow.ScheduleBranchNode;
import org.govcc.ivr.flow.LookupNode;
import org.govcc.ivr.flow.SetVariableNode;
import org.govcc.ivr.flow.SubFlowNode;
import org.govcc.ivr.flow.TransferNode;

/**
 * Draws a flow so that an official can review it without reading JSON: Mermaid (renders in Markdown viewers),
 * Graphviz DOT, and SVG through the {@code dot} program when it is installed. Edges that need no key press are
 * dashed; the ways out of the IVR (queue, callback, transfer, hang-up) are rounded. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class FlowDiagram {

    private FlowDiagram() {
    }

    /** Returns the flow as a Mermaid flowchart. */
    public static String mermaid(Flow flow) {
        Require.nonNull(flow, "flow");
        Map<NodeId, String> ids = ids(flow);
        StringBuilder sb = new StringBuilder("flowchart TD\n");
        sb.append("  %% IVR flow ").append(flow.id()).append(": ").append(flow.description().replace('\n', ' '))
                .append('\n');
        flow.nodes().forEach((id, node) -> {
            String label = lines(id, node).stream().map(FlowDiagram::mermaidText).collect(Collectors.joining("<br/>"));
            String[] shape = mermaidShape(node);
            sb.append("  ").append(ids.get(id)).append(shape[0]).append('"').append(label).append('"')
                    .append(shape[1]).append('\n');
        });
        flow.nodes().forEach((id, node) -> {
            for (Edge e : node.edges()) {
                String target = ids.get(e.target());
                if (target == null) {
                    continue;
                }
                sb.append("  ").append(ids.get(id)).append(e.needsInput() ? " -->" : " -.->")
                        .append("|\"").append(mermaidText(e.label())).append("\"| ").append(target).append('\n');
            }
        });
        sb.append("  style ").append(ids.get(flow.start())).append(" stroke-width:3px\n");
        return sb.toString();
    }

    /** Returns the flow as a Graphviz DOT digraph. */
    public static String dot(Flow flow) {
        Require.nonNull(flow, "flow");
        Map<NodeId, String> ids = ids(flow);
        StringBuilder sb = new StringBuilder();
        sb.append("digraph \"").append(dotText(flow.id().value())).append("\" {\n");
        sb.append("  label=\"").append(dotText(flow.id() + ": " + flow.description())).append("\";\n");
        sb.append("  labelloc=t; rankdir=TB;\n  node [fontname=\"DejaVu Sans\", fontsize=10];\n");
        sb.append("  edge [fontname=\"DejaVu Sans\", fontsize=9];\n");
        flow.nodes().forEach((id, node) -> {
            sb.append("  ").append(ids.get(id)).append(" [label=\"")
                    .append(lines(id, node).stream().map(FlowDiagram::dotText).collect(Collectors.joining("\\n")))
                    .append("\", shape=").append(dotShape(node));
            if (id.equals(flow.start())) {
                sb.append(", penwidth=3");
            }
            sb.append("];\n");
        });
        flow.nodes().forEach((id, node) -> {
            for (Edge e : node.edges()) {
                String target = ids.get(e.target());
                if (target != null) {
                    sb.append("  ").append(ids.get(id)).append(" -> ").append(target).append(" [label=\"")
                            .append(dotText(e.label())).append('"').append(e.needsInput() ? "" : ", style=dashed")
                            .append("];\n");
                }
            }
        });
        return sb.append("}\n").toString();
    }

    /**
     * Returns the flow as SVG, drawn by Graphviz's {@code dot}; empty if {@code dot} is not installed or fails.
     */
    public static Optional<String> svg(Flow flow) {
        String dot = dot(flow);
        try {
            Process p = new ProcessBuilder("dot", "-Tsvg").redirectErrorStream(false).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(dot.getBytes(StandardCharsets.UTF_8));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream stdout = p.getInputStream()) {
                stdout.transferTo(out);
            }
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(out.toString(StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // dot is not installed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Map<NodeId, String> ids(Flow flow) {
        Map<NodeId, String> ids = new HashMap<>();
        int i = 0;
        for (NodeId id : flow.nodes().keySet()) {
            ids.put(id, "n" + i++);
        }
        return ids;
    }

    private static List<String> lines(NodeId id, Node node) {
        List<String> lines = new ArrayList<>();
        lines.add(id.value() + " (" + node.kind() + ")");
        lines.addAll(node.accept(DETAILS));
        return lines;
    }

    private static String prompts(List<PromptItem> items) {
        return items.stream().map(FlowDiagram::prompt).collect(Collectors.joining(", "));
    }

    private static String prompt(PromptItem p) {
        if (p instanceof PromptItem.Say) {
            return ((PromptItem.Say) p).prompt().value();
        }
        if (p instanceof PromptItem.SayNumber) {
            return "<number " + ((PromptItem.SayNumber) p).variable() + ">";
        }
        if (p instanceof PromptItem.SayDuration) {
            return "<duration " + ((PromptItem.SayDuration) p).variable() + ">";
        }
        if (p instanceof PromptItem.SayDateTime) {
            return "<date-time " + ((PromptItem.SayDateTime) p).variable() + ">";
        }
        PromptItem.SayVariablePrompt v = (PromptItem.SayVariablePrompt) p;
        return "<" + v.prefix() + "* by " + v.variable() + ">";
    }

    /** What each kind shows besides its id; one method per kind so that every kind is drawn. */
    private static final NodeVisitor<List<String>> DETAILS = new NodeVisitor<>() {
        @Override
        public List<String> play(PlayNode n) {
            return List.of("says: " + prompts(n.prompts()) + (n.bargeIn() ? " (barge-in)" : ""));
        }

        @Override
        public List<String> menu(MenuNode n) {
            return List.of("says: " + prompts(n.prompts()), "time-out " + n.timeout().map(t -> t.toMillis() / 1000.0 + " s")
                    .orElse("MISSING") + ", retries " + n.retries());
        }

        @Override
        public List<String> collectDigits(CollectDigitsNode n) {
            return List.of("says: " + prompts(n.prompts()), n.minLength() + "-" + n.maxLength() + " digits -> "
                    + n.variable() + ", check " + n.validator().jsonName()
                    + n.terminator().map(t -> ", ends with " + t).orElse(""));
        }

        @Override
        public List<String> languageChoice(LanguageChoiceNode n) {
            return List.of("says: " + prompts(n.prompts()), n.choices().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        }

        @Override
        public List<String> scheduleBranch(ScheduleBranchNode n) {
            return List.of("opening hours: " + n.schedule());
        }

        @Override
        public List<String> queue(QueueNode n) {
            return List.of("QUEUE topic " + n.topic()
                    + n.priority().map(p -> ", priority " + p.value()).orElse(", the queue's priority"));
        }

        @Override
        public List<String> callback(CallbackNode n) {
            return List.of("CALLBACK topic " + n.topic());
        }

        @Override
        public List<String> transfer(TransferNode n) {
            return List.of("TRANSFER to " + n.number());
        }

        @Override
        public List<String> setVariable(SetVariableNode n) {
            return List.of(n.variable() + " = " + n.value());
        }

        @Override
        public List<String> lookup(LookupNode n) {
            return List.of(n.into() + " = LOOKUP " + n.lookup());
        }

        @Override
        public List<String> subFlow(SubFlowNode n) {
            return List.of("calls flow " + n.flow() + n.entry().map(e -> " at " + e).orElse(""));
        }

        @Override
        public List<String> returnNode(ReturnNode n) {
            return List.of("back to the calling flow");
        }

        @Override
        public List<String> hangUp(HangUpNode n) {
            return n.prompts().isEmpty() ? List.of("END (" + n.reason() + ")")
                    : List.of("says: " + prompts(n.prompts()), "END (" + n.reason() + ")");
        }
    };

    private static String[] mermaidShape(Node n) {
        switch (n.kind()) {
            case "menu":
            case "languageChoice":
                return new String[] {"{", "}"};
            case "schedule":
                return new String[] {"{{", "}}"};
            case "queue":
            case "callback":
            case "transfer":
            case "hangUp":
                return new String[] {"([", "])"};
            case "subFlow":
                return new String[] {"[[", "]]"};
            default:
                return new String[] {"[", "]"};
        }
    }

    private static String dotShape(Node n) {
        switch (n.kind()) {
            case "menu":
            case "languageChoice":
            case "schedule":
                return "diamond";
            case "queue":
            case "callback":
            case "transfer":
            case "hangUp":
                return "box, style=rounded";
            case "subFlow":
                return "box3d";
            default:
                return "box";
        }
    }

    private static String mermaidText(String s) {
        return s.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }

    private static String dotText(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
