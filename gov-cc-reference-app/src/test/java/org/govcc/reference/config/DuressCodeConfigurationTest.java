package org.govcc.reference.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.govcc.api.call.LineId;
import org.govcc.api.complaint.DuressCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A line's duress code ({@code lines.json}, confidentiality): read, and refused at its field when malformed. */
class DuressCodeConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void theComplaintLineHasTheDuressCode55AndTheMainLineNone() {
        assertThat(MinistryOfLabourLine.configuration().duressCodes())
                .isEqualTo(Map.of(new LineId("complaints"), new DuressCode("55")));
    }

    @Test
    void aCodeWithAKeyOffThePhonesKeypadIsRefusedAtItsField() {
        ConfigurationCopy copy = ConfigurationCopy.ofDefault(dir);
        copy.edit("lines.json", "\"duressCode\": \"55\"", "\"duressCode\": \"5a\"");

        assertThat(copy.problems()).singleElement().satisfies(p -> {
            assertThat(p.toString()).contains("lines.json").contains("/lines/1/confidentiality/duressCode");
            assertThat(p.line()).isEqualTo(copy.lineOf("lines.json", "\"5a\""));
        });
    }
}
