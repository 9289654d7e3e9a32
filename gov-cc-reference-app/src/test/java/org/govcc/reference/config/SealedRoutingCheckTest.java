package org.govcc.reference.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.SkillId;
import org.govcc.routing.QueueConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The complaint line's calls stay with complaint officers: the ministry's complaint queue overflows to a second
 * specialist pool, and a configuration that would let a confidential queue reach a standard line's skill is
 * refused at the field.
 */
class SealedRoutingCheckTest {

    private static final SkillId FIRST_POOL = new SkillId("harassment-complaints");
    private static final SkillId SECOND_POOL = new SkillId("harassment-complaints-second");

    @TempDir
    Path dir;

    @Test
    void theComplaintQueueOverflowsToTheSecondPoolWhoseSpecialistsAreComplaintOfficersToo() {
        LineConfiguration ministry = MinistryOfLabourLine.configuration();
        QueueConfig complaints = ministry.distributor().queues().stream()
                .filter(q -> q.id().equals(new QueueId("harassment-complaints"))).findFirst().orElseThrow();

        assertThat(complaints.steps()).singleElement().satisfies(step -> {
            assertThat(step.after()).isEqualTo(Duration.ofSeconds(15));
            assertThat(step.overflowTo()).isEqualTo(Map.of(FIRST_POOL, SECOND_POOL));
            assertThat(step.lowerMinimumTo()).isEmpty();
        });
        assertThat(ministry.confidentialSkills()).containsExactlyInAnyOrder(FIRST_POOL, SECOND_POOL);
        assertThat(ministry.roster().stream().filter(a -> a.skills().containsKey(SECOND_POOL)))
                .extracting(a -> a.id().value()).containsExactly("agent15", "agent16");
    }

    @Test
    void anOverflowFromTheComplaintQueueToAStandardLinesSkillIsRefusedAtItsField() {
        ConfigurationCopy copy = ConfigurationCopy.ofDefault(dir);
        copy.edit("queues.json", "\"to\": \"harassment-complaints-second\"", "\"to\": \"equality\"");

        assertThat(copy.problems()).singleElement().satisfies(p -> {
            assertThat(p.origin()).endsWith("queues.json");
            assertThat(p.line()).isEqualTo(copy.lineOf("queues.json", "\"to\": \"equality\""));
            assertThat(p.toString()).contains("/queues/6/widening/0/overflow/to")
                    .contains("skill 'equality' is also used by queue 'equality' of a standard line");
        });
    }

    @Test
    void aComplaintQueueRequiringAStandardLinesSkillIsRefusedAtItsField() {
        ConfigurationCopy copy = ConfigurationCopy.ofDefault(dir);
        copy.edit("queues.json", "\"skill\": \"harassment-complaints\"", "\"skill\": \"labour-relations\"");

        assertThat(copy.problems()).anySatisfy(p -> assertThat(p.toString()).contains("queues.json")
                .contains("/queues/6/skills/0/skill").contains("skill 'labour-relations' is also used by queue"
                        + " 'labour-relations'"));
    }
}
