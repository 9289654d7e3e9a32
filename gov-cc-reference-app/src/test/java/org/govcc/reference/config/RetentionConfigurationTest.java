package org.govcc.reference.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retention.json}: read with its defaults, and a bad value refused by name with its file, line and pointer. */
class RetentionConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void theMinistrysRetentionIsReadWithItsLegalBasesAndTheComplaintsKeepTheirLinesRetention() {
        RetentionConfig retention = MinistryOfLabourLine.configuration().retention();

        assertThat(retention.purgeAt()).isEqualTo(LocalTime.of(3, 30));
        assertThat(retention.audit()).isEqualTo(Duration.ofDays(3650));
        assertThat(retention.complaints()).isEmpty();
        assertThat(retention.complaintsOf(Duration.ofDays(1825))).isEqualTo(Duration.ofDays(1825));
        assertThat(retention.auditBasis()).hasValueSatisfying(b -> assertThat(b).contains("accountability"));
        assertThat(retention.complaintsBasis()).isPresent();
    }

    @Test
    void theStandardLinesKeepTheirCallRecordsForCallRecordsRetentionDaysAndTheConfidentialLineForItsOwn() {
        copyDefault();
        edit("\"retentionDays\": 1825,", "\"retentionDays\": 400,");

        LineConfiguration configuration = ConfigurationLoader.load(ConfigurationSource.directory(dir));

        assertThat(configuration.policyOf(MinistryOfLabourLine.MAIN).retention()).isEqualTo(Duration.ofDays(400));
        assertThat(configuration.policyOf(MinistryOfLabourLine.MAIN).keepCallerNumber()).isTrue();
        assertThat(configuration.policyOf(MinistryOfLabourLine.COMPLAINTS).retention())
                .isEqualTo(Duration.ofDays(1825));
        assertThat(configuration.retention().callRecords()).contains(Duration.ofDays(400));
    }

    @Test
    void withoutTheFileThePurgeRunsAtHalfPastThreeAndAuditEntriesAreKeptTenYears() throws IOException {
        copyDefault();
        Files.delete(dir.resolve("retention.json"));

        RetentionConfig retention = ConfigurationLoader.load(ConfigurationSource.directory(dir)).retention();

        assertThat(retention).isEqualTo(RetentionConfig.DEFAULTS);
    }

    @Test
    void aPurgeTimeThatIsNoTimeOfDayIsRefusedByTheSchema() {
        copyDefault();
        edit("\"purgeAt\": \"03:30\"", "\"purgeAt\": \"25:00\"");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.origin()).endsWith("retention.json");
            assertThat(p.pointer()).isEqualTo("/purgeAt");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void auditEntriesKeptShorterThanTheRecordsTheyAccountForAreRefusedNamingTheLine() {
        copyDefault();
        edit("\"retentionDays\": 3650", "\"retentionDays\": 365");
        edit("\"retentionDays\": 1825,", "\"retentionDays\": 30,");

        assertThat(problems()).as("the main line keeps its records 30 days now: only the complaint line's")
                .singleElement().satisfies(p -> {
                    assertThat(p.pointer()).isEqualTo("/audit/retentionDays");
                    assertThat(p.message()).isEqualTo("audit entries are kept 365 days, less than the records of line"
                            + " 'complaints' (1825 days, lines.json): the audit's retentionDays must be at least 1825");
                });
    }

    @Test
    void complaintsKeptLongerThanTheAuditAreRefusedToo() {
        copyDefault();
        edit("\"legalBasis\": \"GDPR art. 5(1)(e) and 9(2)(b)", "\"retentionDays\": 4000, \"legalBasis\": \"x");

        assertThat(problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("less than the complaints they account for (4000 days)"));
    }

    private ConfigurationCopy copy;

    private List<ConfigurationProblem> problems() {
        return copy.problems();
    }

    private void copyDefault() {
        copy = ConfigurationCopy.ofDefault(dir);
    }

    private void edit(String from, String to) {
        copy.edit("retention.json", from, to);
    }
}
