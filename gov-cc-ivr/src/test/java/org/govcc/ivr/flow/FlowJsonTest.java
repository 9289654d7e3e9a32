package org.govcc.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.govcc.api.call.Language;
import org.govcc.api.ivr.FlowDocument;
import org.govcc.api.ivr.FlowId;
import org.govcc.ivr.testkit.TestFlows;
import org.junit.jupiter.api.Test;

class FlowJsonTest {

    private static InvalidFlowException refusal(String json) {
        try {
            FlowJson.read("test.json", json);
        } catch (InvalidFlowException e) {
            return e;
        }
        throw new AssertionError("the flow was accepted");
    }

    @Test
    void readsEveryFieldOfTheDemoFlow() {
        Flow flow = FlowJson.read(TestFlows.document("demo"));

        assertThat(flow.id()).isEqualTo(new FlowId("demo"));
        assertThat(flow.languages()).containsExactly(Language.GREEK, Language.ENGLISH);
        assertThat(flow.timeZone().getId()).isEqualTo("Europe/Athens");
        MenuNode menu = (MenuNode) flow.node(NodeId.of("menu")).orElseThrow();
        assertThat(menu.timeout()).contains(Duration.ofSeconds(5));
        assertThat(menu.options()).containsKeys('1', '2', '3', '4', '*');
        assertThat(menu.onFailure()).contains(NodeId.of("bye-no-input"));
        PlayNode holiday = (PlayNode) flow.node(NodeId.of("holiday")).orElseThrow();
        assertThat(holiday.prompts().get(1)).isInstanceOf(PromptItem.SayVariablePrompt.class);
        assertThat(holiday.prompts().get(2)).isEqualTo(new PromptItem.SayDateTime("schedule.nextOpening"));
    }

    @Test
    void malformedJsonIsReportedWithFileLineAndColumnNotAStackTrace() {
        InvalidFlowException e = refusal("{\n  \"id\": \"x\",\n  \"start\" \"a\"\n}");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isGreaterThan(1);
        });
        assertThat(e.getMessage()).startsWith("1 problem in IVR flow:").contains("test.json:3:")
                .contains("malformed JSON");
    }

    @Test
    void schemaViolationsNameTheFieldByJsonPointerWithItsLine() {
        String json = "{\"id\":\"x\",\"languages\":[\"el\"],\"start\":\"m\",\"nodes\":{\n"
                + "\"m\":{\"type\":\"menu\",\"prompts\":[\"p\"],\"options\":{\"1\":\"m\"},\"timeoutSeconds\":\"five\"},\n"
                + "\"z\":{\"type\":\"teleport\"}\n}}";

        InvalidFlowException e = refusal(json);

        assertThat(e.problems()).extracting(FlowProblem::pointer)
                .contains("/nodes/m/timeoutSeconds", "/nodes/z/type");
        assertThat(e.problems()).filteredOn(p -> p.pointer().equals("/nodes/z/type"))
                .singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(3));
    }

    @Test
    void aMistypedPromptOrFieldGivesOneMessageEachAtTheRightPlace() {
        InvalidFlowException e = refusal("{\"id\":\"x\",\"languages\":[\"el\"],\"start\":\"a\",\"nodes\":{\n"
                + "\"a\":{\"type\":\"hangUp\",\"prompts\":[{\"sya\":\"bye\"}],\n\"reasn\":\"normal\"}}}");

        assertThat(e.problems()).extracting(FlowProblem::pointer)
                .containsExactly("/nodes/a/prompts/0", "/nodes/a/reasn");
        assertThat(e.problems().get(0).message()).startsWith("a prompt must be a prompt id");
        assertThat(e.problems().get(1).message()).isEqualTo("unknown field 'reasn'");
        assertThat(e.problems().get(1).line()).isEqualTo(3);
    }

    @Test
    void aMissingFieldIsNamed() {
        InvalidFlowException e = refusal("{\"id\":\"x\",\"languages\":[\"el\"],\"start\":\"a\",\"nodes\":{"
                + "\"a\":{\"type\":\"play\",\"prompts\":[\"p\"]}}}");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/nodes/a");
            assertThat(p.message()).contains("next");
        });
    }

    @Test
    void aTransferWithoutAWayOnForWhenItFailsIsRefused() {
        InvalidFlowException e = refusal("{\"id\":\"x\",\"languages\":[\"el\"],\"start\":\"a\",\"nodes\":{"
                + "\"a\":{\"type\":\"transfer\",\"number\":\"112\"}}}");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/nodes/a");
            assertThat(p.message()).contains("onFailure");
        });
    }

    @Test
    void aTransferGoesOnAtItsOnFailureNode() {
        Flow flow = FlowJson.read(TestFlows.document("demo"));

        TransferNode out = (TransferNode) flow.node(NodeId.of("out")).orElseThrow();
        assertThat(out.onFailure()).isEqualTo(NodeId.of("out-failed"));
        assertThat(out.edges()).singleElement().satisfies(edge -> {
            assertThat(edge.field()).isEqualTo("onFailure");
            assertThat(edge.needsInput()).isFalse();
        });
    }

    @Test
    void aNodeDefinedTwiceIsRefusedRatherThanSilentlyReplaced() {
        InvalidFlowException e = refusal("{\"id\":\"x\",\"languages\":[\"el\"],\"start\":\"a\",\"nodes\":{\n"
                + "\"a\":{\"type\":\"return\"},\n\"a\":{\"type\":\"return\"}}}");

        assertThat(e.getMessage()).contains("Duplicate field 'a'");
        assertThat(e.problems().get(0).line()).isEqualTo(3);
    }

    @Test
    void whatTheRecordsRefuseIsReportedAtTheNode() {
        InvalidFlowException e = refusal("{\"id\":\"x\",\"languages\":[\"el\"],\"start\":\"a\",\"timeZone\":\"Mars/Olympus\","
                + "\"nodes\":{\"a\":{\"type\":\"collectDigits\",\"prompts\":[\"p\"],\"variable\":\"v\",\"minLength\":5,"
                + "\"maxLength\":3,\"next\":\"a\"}}}");

        assertThat(e.problems()).extracting(FlowProblem::pointer).containsExactlyInAnyOrder("/timeZone", "/nodes/a");
        assertThat(e.getMessage()).contains("maxLength must be between 5 and 64");
    }

    @Test
    void aDocumentWhoseIdDiffersFromItsContentIsRefused() {
        FlowDocument doc = new FlowDocument(new FlowId("other"), "x.json", TestFlows.document("amka").json());

        assertThatThrownBy(() -> FlowJson.read(doc)).isInstanceOf(InvalidFlowException.class)
                .hasMessageContaining("/id").hasMessageContaining("'amka'");
    }

    @Test
    void publishesItsSchema() {
        assertThat(FlowJson.schemaText()).contains("\"$schema\"").contains("collectDigits");
    }
}
