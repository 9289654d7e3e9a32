package org.govcc.ivr.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govcc.api.ivr.FlowId;
import org.govcc.ivr.flow.Flow;
import org.govcc.ivr.testkit.TestFlows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowDiagramTest {

    private final Flow demo = TestFlows.demo().flow(new FlowId("demo")).orElseThrow();

    @Test
    void mermaidShowsEveryNodeAndLabelledEdgesWithNoInputDashed() {
        String m = FlowDiagram.mermaid(demo);

        assertThat(m).startsWith("flowchart TD");
        assertThat(m).contains("menu (menu)").contains("QUEUE topic pensions, priority 60").contains("TRANSFER to 112");
        assertThat(m).contains("-->|\"1\"|").contains("-.->|\"no valid key\"|");
        assertThat(m).contains("#lt;date-time schedule.nextOpening#gt;");
    }

    @Test
    void dotIsAValidDigraphWithEscapedLabels() {
        String d = FlowDiagram.dot(demo);

        assertThat(d).startsWith("digraph \"demo\" {").endsWith("}\n");
        assertThat(d).contains("style=dashed").contains("shape=diamond").contains("penwidth=3");
    }

    @Test
    void svgIsDrawnWhenGraphvizIsInstalledAndAbsentOtherwise() {
        boolean graphviz = Files.isExecutable(Path.of("/usr/bin/dot"));

        assertThat(FlowDiagram.svg(demo)).as("graphviz installed: %s", graphviz)
                .satisfies(svg -> assertThat(svg.isPresent()).isEqualTo(graphviz));
        FlowDiagram.svg(demo).ifPresent(svg -> assertThat(svg).contains("<svg").contains("QUEUE topic pensions"));
    }

    @Test
    void theToolReportsAMalformedFileByLineAndColumnWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n \"id\": \"broken\",\n \"nodes\": {,}\n}");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = FlowTool.run(new String[] {"check", broken.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(1);
        assertThat(message).contains(broken + ":3:").contains("malformed JSON").doesNotContain("\tat ");
    }

    @Test
    void theToolDrawsSoundFlows(@TempDir Path dir) throws Exception {
        Path flow = dir.resolve("amka.json");
        Files.writeString(flow, TestFlows.document("amka").json());

        int status = FlowTool.run(new String[] {"render", dir.resolve("out").toString(), flow.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));

        assertThat(status).isZero();
        assertThat(dir.resolve("out/amka.mmd")).exists();
        assertThat(dir.resolve("out/amka.dot")).exists();
    }
}
