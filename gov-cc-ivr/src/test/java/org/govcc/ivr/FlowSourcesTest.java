package org.govcc.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.ivr.IvrFlowSource;
import org.govcc.ivr.reference.MinistryLine;
import org.govcc.ivr.validate.FlowValidator;
import org.junit.jupiter.api.Test;

class FlowSourcesTest {

    @Test
    void readsEveryJsonFileOfADirectoryNamedByFile() {
        IvrFlowSource source = FlowSources.directory(MinistryLine.FLOWS);

        assertThat(source.flows()).extracting(FlowId::value)
                .containsExactly("ministry-amka", "ministry-complaints", "ministry-main", "ministry-request-status");
        assertThat(FlowRepository.load(source, FlowValidator.builder()).ids()).hasSize(4);
    }

    @Test
    void readsNamedFlowsFromTheClasspath() {
        IvrFlowSource source = FlowSources.classpath("/flows", List.of(new FlowId("demo"), new FlowId("amka")),
                getClass().getClassLoader());

        assertThat(source.load(new FlowId("amka")).orElseThrow().origin()).isEqualTo("classpath:flows/amka.json");
        assertThat(FlowRepository.load(source, FlowValidator.builder()).ids()).hasSize(2);
    }

    @Test
    void aMissingClasspathFlowIsNamed() {
        assertThatThrownBy(() -> FlowSources.classpath("flows", List.of(new FlowId("ghost")), getClass().getClassLoader()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("flows/ghost.json");
    }
}
