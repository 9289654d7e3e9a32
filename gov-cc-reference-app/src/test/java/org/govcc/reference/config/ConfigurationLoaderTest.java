package org.govcc.reference.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.govcc.api.call.LineId;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.QueueId;
import org.govcc.api.schedule.ScheduleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration loader: the shipped configurations load, and each kind of problem is refused with its file,
 * line, column and JSON pointer, all of them at once. Error cases edit a copy of the default configuration.
 */
class ConfigurationLoaderTest {

    private static final ScheduleId MAIN_HOURS = new ScheduleId("main-line-hours");

    @TempDir
    Path dir;

    @Test
    void theDefaultConfigurationLoadsAsTheMinistrysLineRanBefore() {
        LineConfiguration c = ConfigurationLoader.load(ConfigurationSource.classpath(
                ConfigurationSource.DEFAULT_RESOURCE, getClass().getClassLoader()));

        assertThat(c.numbers()).containsEntry("1555", new LineId("main")).containsEntry("15510", new LineId("complaints"));
        assertThat(c.topics()).hasSize(7);
        assertThat(c.distributor().queues()).hasSize(7);
        assertThat(c.roster()).hasSize(16);
        assertThat(c.flows().ids()).extracting(f -> f.value())
                .containsExactlyInAnyOrder("ministry-main", "ministry-complaints", "ministry-amka",
                        "ministry-request-status");
        assertThat(c.realm()).isEqualTo("govcc.labour.gov.gr");
        assertThat(c.admissionLimit()).isEqualTo(150);
        assertThat(c.trunk()).as("no trunk.json: no trunk").isEmpty();
        assertThat(c.policyOf(new LineId("complaints")).keepCallerNumber()).isFalse();
        var complaints = c.distributor().queues().stream()
                .filter(q -> q.id().equals(new QueueId("harassment-complaints"))).findFirst().orElseThrow();
        assertThat(complaints.neverOvertaken()).isTrue();
        assertThat(complaints.priority()).isEqualTo(Priority.HIGHEST);
        assertThat(c.lineAdmissionLimits(150)).as("a full main line leaves 20 seats to the complaint line")
                .containsExactly(java.util.Map.entry(new LineId("main"), 130));
        assertThat(c.lineAdmissionLimits(100)).as("a lower edge limit caps the line's")
                .containsExactly(java.util.Map.entry(new LineId("main"), 100));
        assertThat(complaints.callbacks().allowed()).as("for the callbacks its callers consent to").isTrue();
        assertThat(complaints.callbacks().maxAttempts()).isEqualTo(2);
        var pensions = c.distributor().queues().stream()
                .filter(q -> q.id().equals(new QueueId("insurance-pensions"))).findFirst().orElseThrow();
        assertThat(pensions.wrapUp().toSeconds()).isEqualTo(60);
        assertThat(pensions.priority()).as("no priority in queues.json: the default").isEqualTo(Priority.NORMAL);
        assertThat(pensions.ringTimeout().toSeconds()).isEqualTo(20);
        assertThat(pensions.callbacks().maxAttempts()).isEqualTo(3);
        assertThat(pensions.callbacks().retryDelay().toMinutes()).isEqualTo(10);
        assertThat(pensions.schedule()).contains(MAIN_HOURS);
        // Labour Day 2024 moved by decision from 1 May to 7 May; Easter Monday stays a computed holiday.
        assertThat(c.calendar().dayPlan(MAIN_HOURS, LocalDate.of(2024, 5, 1)).hours()).isNotEmpty();
        assertThat(c.calendar().dayPlan(MAIN_HOURS, LocalDate.of(2024, 5, 7)).hours()).isEmpty();
        assertThat(c.calendar().statusAt(MAIN_HOURS, Instant.parse("2026-04-13T09:00:00Z")).isOpen()).isFalse();
        assertThat(c.calendar().statusAt(MAIN_HOURS, Instant.parse("2026-04-14T09:00:00Z")).isOpen()).isTrue();
    }

    @Test
    void theExampleLineLoadsFromItsDirectoryAlone() {
        LineConfiguration c = ConfigurationLoader.load(ConfigurationSource.directory(example()));

        assertThat(c.topics()).hasSize(3);
        assertThat(c.lines()).hasSize(1);
        assertThat(c.prompts().languages()).extracting(l -> l.code()).containsExactly("el");
        assertThat(c.trunk()).isEmpty();
        ScheduleId hours = c.lines().get(0).schedule();
        // Monday 2 March 2026, Athens: open 09:00-17:00, closed at 08:59 and 17:00 and on Saturday.
        assertThat(c.calendar().statusAt(hours, Instant.parse("2026-03-02T07:00:00Z")).isOpen()).isTrue();
        assertThat(c.calendar().statusAt(hours, Instant.parse("2026-03-02T06:59:00Z")).isOpen()).isFalse();
        assertThat(c.calendar().statusAt(hours, Instant.parse("2026-03-02T15:00:00Z")).isOpen()).isFalse();
        assertThat(c.calendar().statusAt(hours, Instant.parse("2026-03-07T10:00:00Z")).isOpen()).isFalse();
    }

    @Test
    void aQueueForAnUnknownTopicIsNamedWithFileLineAndPointer() {
        copyDefault();
        edit("queues.json", "\"topic\": \"equality\"", "\"topic\": \"equalty\"");

        List<ConfigurationProblem> problems = problems();

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.origin()).endsWith("queues.json");
            assertThat(p.pointer()).isEqualTo("/queues/5/topic");
            assertThat(p.line()).isEqualTo(lineOf("queues.json", "\"equalty\""));
            assertThat(p.message()).contains("unknown topic 'equalty'");
        });
        // The real topic lost its queue: that is named too, in topics.json.
        assertThat(problems).anySatisfy(p -> assertThat(p.toString())
                .contains("topics.json:").contains("/topics/5: topic 'equality' has no queue"));
    }

    @Test
    void overlappingHoursInAScheduleAreNamed() {
        copyDefault();
        edit("calendar.json", "\"weekly\": [ { \"days\": \"monday-saturday\", \"hours\": [\"08:00-20:00\"] } ]",
                "\"weekly\": [ { \"days\": \"monday-saturday\", \"hours\": [\"08:00-20:00\"] },\n"
                        + "                { \"days\": \"friday\", \"hours\": [\"19:00-21:00\"] } ]");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.origin()).endsWith("calendar.json");
            assertThat(p.pointer()).isEqualTo("/schedules/0/weekly/1/hours/0");
            assertThat(p.line()).isEqualTo(lineOf("calendar.json", "19:00-21:00"));
            assertThat(p.message()).contains("19:00-21:00 overlaps 08:00-20:00");
        });
    }

    @Test
    void aRosterAgentWithAnUnknownSkillOrBodyIsNamed() {
        copyDefault();
        edit("roster.json", "\"body\": \"dypa\"", "\"body\": \"dipa\"");
        edit("roster.json", "\"welfare-benefits\": 5", "\"welfare\": 5");

        List<ConfigurationProblem> problems = problems();

        assertThat(problems).anySatisfy(p -> assertThat(p.toString()).contains("roster.json:")
                .contains("/agents/2/body: unknown body 'dipa'"));
        assertThat(problems).anySatisfy(p -> assertThat(p.toString()).contains("roster.json:")
                .contains("/agents/4/skills/welfare: unknown skill 'welfare'"));
    }

    @Test
    void aFlowNamingAMissingPromptIsNamedByTheFlowValidator() {
        copyDefault();
        edit("flows/ministry-main.json", "\"menu.repeat\"", "\"menu.say-again\"");

        assertThat(problems()).anySatisfy(p -> {
            assertThat(p.origin()).endsWith("ministry-main.json");
            assertThat(p.pointer()).startsWith("/nodes/");
            assertThat(p.line()).isEqualTo(lineOf("flows/ministry-main.json", "menu.say-again"));
            assertThat(p.message()).contains("menu.say-again");
        });
    }

    @Test
    void aLineNamingAnUnknownFlowOrScheduleIsNamed() {
        copyDefault();
        edit("lines.json", "\"flow\": \"ministry-complaints\"", "\"flow\": \"ministry-complaint\"");
        edit("lines.json", "\"schedule\": \"main-line-hours\"", "\"schedule\": \"main-hours\"");

        List<ConfigurationProblem> problems = problems();

        assertThat(problems).anySatisfy(p -> assertThat(p.toString()).contains("lines.json:")
                .contains("/lines/1/flow: unknown flow 'ministry-complaint': there is no flows/ministry-complaint.json"));
        assertThat(problems).anySatisfy(p -> assertThat(p.toString()).contains("lines.json:")
                .contains("/lines/0/schedule: unknown schedule 'main-hours'"));
    }

    @Test
    void aLinesAdmissionLimitAboveTheLimitOfAllLinesIsNamed() {
        copyDefault();
        edit("lines.json", "\"admissionLimit\": 130", "\"admissionLimit\": 151");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.origin()).endsWith("lines.json");
            assertThat(p.pointer()).isEqualTo("/lines/0/admissionLimit");
            assertThat(p.line()).isEqualTo(lineOf("lines.json", "151"));
            assertThat(p.message()).contains("admission limit 151 is above the limit of all lines together (150)");
        });
    }

    @Test
    void aQueuePriorityOutside0To100IsRefusedByTheSchema() {
        copyDefault();
        edit("queues.json", "\"priority\": 100", "\"priority\": 101");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.origin()).endsWith("queues.json");
            assertThat(p.pointer()).isEqualTo("/queues/6/priority");
        });
    }

    @Test
    void eachTopicsRequestDueDaysIsReadAndTheFilesOrFiftyAppliesToTheOthers() {
        LineConfiguration ministry = MinistryOfLabourLine.configuration();
        LineConfiguration example = ConfigurationLoader.load(ConfigurationSource.directory(example()));

        assertThat(ministry.resolutionTime(MinistryOfLabourLine.HARASSMENT_COMPLAINTS).calendarDays()).isEqualTo(15);
        assertThat(ministry.resolutionTime(MinistryOfLabourLine.INSURANCE_PENSIONS).calendarDays()).isEqualTo(50);
        assertThat(example.topics()).allSatisfy(t -> assertThat(example.resolutionTime(t.id()).calendarDays())
                .as("no requestDueDays in the example: the default").isEqualTo(
                        ConfigurationLoader.DEFAULT_REQUEST_DUE_DAYS));
        assertThat(ministry.topicsOf(new org.govcc.api.agent.OrganisationId("e-efka")))
                .containsExactly(MinistryOfLabourLine.INSURANCE_PENSIONS);
    }

    @Test
    void aRequestDueDaysBelowOneIsRefusedByTheSchema() {
        copyDefault();
        edit("topics.json", "\"requestDueDays\": 15", "\"requestDueDays\": 0");

        assertThat(problems()).anySatisfy(p -> {
            assertThat(p.origin()).endsWith("topics.json");
            assertThat(p.pointer()).isEqualTo("/topics/6/requestDueDays");
            assertThat(p.line()).isEqualTo(lineOf("topics.json", "\"requestDueDays\": 0"));
        });
    }

    @Test
    void duplicateIdsAreNamedAtTheSecondWithThePlaceOfTheFirst() {
        copyDefault();
        edit("lines.json", "\"number\": \"15510\"", "\"number\": \"1555\"");
        edit("topics.json", "{ \"id\": \"dypa\"", "{ \"id\": \"e-efka\"");

        List<ConfigurationProblem> problems = problems();

        assertThat(problems).anySatisfy(p -> assertThat(p.toString())
                .contains("/lines/1/number: number '1555' is given twice (first at /lines/0)"));
        assertThat(problems).anySatisfy(p -> assertThat(p.toString())
                .contains("/bodies/1/id: body 'e-efka' is given twice (first at /bodies/0)"));
    }

    @Test
    void aQueueThatNoAgentCanServeIsAnError() {
        copyDefault();
        edit("queues.json", "\"skill\": \"labour-relations\",\n          \"level\": 1",
                "\"skill\": \"labour-relations\",\n          \"level\": 10");

        assertThat(problems()).singleElement().satisfies(p -> assertThat(p.toString()).contains("queues.json:")
                .contains("/queues/3: no agent in roster.json can serve queue 'labour-relations'"));
    }

    @Test
    void severalProblemsInSeveralFilesAreAllListedInTheMessage() {
        copyDefault();
        edit("queues.json", "\"topic\": \"equality\"", "\"topic\": \"equalty\"");
        edit("roster.json", "\"body\": \"dypa\"", "\"body\": \"dipa\"");
        edit("lines.json", "\"schedule\": \"main-line-hours\"", "\"schedule\": \"main-hours\"");
        edit("wrap-up-codes.json", "\"harassment-complaints\"", "\"complaints\"");

        InvalidConfigurationException e = refusal();

        assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(e.getMessage()).contains(e.problems().size() + " problems in the line configuration " + dir)
                .contains("unknown topic 'equalty'").contains("unknown body 'dipa'")
                .contains("unknown schedule 'main-hours'").contains("unknown queue 'complaints'");
    }

    @Test
    void aBrokenJsonFileNamesItsLineAndColumn() {
        copyDefault();
        edit("topics.json", "\"body\": \"opeka\",", "\"body\": \"opeka\" \"oops\",");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.origin()).endsWith("topics.json");
            assertThat(p.line()).isEqualTo(lineOf("topics.json", "\"oops\""));
            assertThat(p.column()).isPositive();
            assertThat(p.message()).startsWith("malformed JSON");
        });
    }

    @Test
    void aSchemaViolationNamesTheFieldAndAMissingFileIsNamed() throws IOException {
        copyDefault();
        edit("queues.json", "\"ringTimeoutSeconds\": 20", "\"ringTimeout\": 20");
        Files.delete(dir.resolve("wrap-up-codes.json"));

        List<ConfigurationProblem> problems = problems();

        assertThat(problems).anySatisfy(p -> assertThat(p.toString())
                .contains("/queues/0/ringTimeout: unknown field 'ringTimeout'"));
        assertThat(problems).anySatisfy(p -> assertThat(p.toString()).endsWith("wrap-up-codes.json: the file is missing"));
    }

    @Test
    void theAgentDeskIsReadAndItsCodesAndQueuesAreCheckedAgainstTheOtherFiles() {
        LineConfiguration ministry = MinistryOfLabourLine.configuration();
        assertThat(ministry.desk().signIn()).isEqualTo(org.govcc.sip.line.PhoneSignIn.FROM_DESKTOP);
        assertThat(ministry.desk().reason("meal")).isPresent();
        assertThat(ministry.desk().ruleFor(new org.govcc.api.routing.QueueId("insurance-pensions")).defaultCode())
                .contains("information-given");
        assertThat(ministry.desk().ruleFor(new org.govcc.api.routing.QueueId("harassment-complaints")).defaultCode())
                .contains("complaint-recorded");

        copyDefault();
        edit("agent-desk.json", "\"code\": \"meeting\"", "\"code\": \"no-answer\"");
        edit("agent-desk.json", "\"defaultCode\": \"complaint-recorded\" }", "\"defaultCode\": \"referred-to-112x\" }");
        edit("agent-desk.json", "\"queues\": {", "\"queues\": { \"no-such-queue\": { \"codeRequired\": false },");
        edit("agent-desk.json", "\"defaultCode\": \"information-given\"", "\"defaultCode\": \"complaint-recorded\"");

        List<ConfigurationProblem> problems = problems();

        assertThat(problems).anySatisfy(p -> assertThat(p.toString()).contains("agent-desk.json")
                .contains("/notReadyReasons/4/code: reason 'no-answer' is set by the line itself"));
        assertThat(problems).anySatisfy(p -> assertThat(p.toString())
                .contains("/queues/harassment-complaints/defaultCode: unknown wrap-up code 'referred-to-112x'"));
        assertThat(problems).anySatisfy(p -> assertThat(p.toString())
                .contains("/queues/no-such-queue: unknown queue 'no-such-queue'"));
        assertThat(problems).anySatisfy(p -> assertThat(p.toString())
                .contains("/wrapUp/defaultCode: wrap-up code 'complaint-recorded' is not offered on queue"));
    }

    @Test
    void withoutAnAgentDeskPhonesSignTheirAgentsIn() {
        copyDefault();
        try {
            Files.delete(dir.resolve("agent-desk.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        LineConfiguration line = ConfigurationLoader.load(ConfigurationSource.directory(dir));

        assertThat(line.desk()).isEqualTo(AgentDesk.PHONES_ONLY);
    }

    @Test
    void aConfidentialLineNeedsItsReaderRoleAndAStandardOneTakesNoneAndAWideningStepMustWiden() {
        copyDefault();
        edit("lines.json", "\"policy\": \"confidential\", \"readerRole\": \"complaint-officer\", ",
                "\"policy\": \"confidential\", ");
        edit("lines.json", "{ \"policy\": \"standard\" }", "{ \"policy\": \"standard\", \"retentionDays\": 30 }");
        edit("queues.json", "\"wrapUpSeconds\": 60,", "\"wrapUpSeconds\": 60, \"widening\": [ { \"after\": 30 } ],");

        List<ConfigurationProblem> problems = problems();

        assertThat(problems).anySatisfy(p -> assertThat(p.toString())
                .contains("/lines/1/confidentiality: missing required field 'readerRole'"));
        assertThat(problems).anySatisfy(p -> assertThat(p.toString())
                .contains("/lines/0/confidentiality: readerRole and retentionDays belong to a confidential policy only"));
        assertThat(problems).anySatisfy(p -> assertThat(p.toString())
                .contains("/queues/0/widening/0: give lowerLevelTo, overflow or both"));
        assertThat(problems).anySatisfy(p -> assertThat(p.toString())
                .contains("/queues/0/widening/0: missing required field 'afterSeconds'"));
        assertThat(problems).anySatisfy(p -> assertThat(p.toString())
                .contains("/queues/0/widening/0/after: unknown field 'after'"));
    }

    @Test
    void aTrunkIsReadWithItsPasswordFileOutsideTheDirectory(@TempDir Path secrets) throws IOException {
        copyDefault();
        Path password = secrets.resolve("trunk.password");
        Files.writeString(password, "s3cret");
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(dir.resolve("trunk.json"), "{ \"host\": \"127.0.0.1\", \"port\": 5070, \"transport\": \"tcp\",\n"
                + "  \"credentials\": { \"username\": \"govcc\", \"passwordFile\": \"" + password + "\" },\n"
                + "  \"numberFormat\": { \"nationalPrefix\": \"+30\" } }\n");

        TrunkConfig trunk = ConfigurationLoader.load(ConfigurationSource.directory(dir)).trunk().orElseThrow();

        assertThat(trunk.hostPort()).isEqualTo("127.0.0.1:5070");
        assertThat(trunk.transport()).isEqualTo(TrunkConfig.Transport.TCP);
        assertThat(trunk.credentials().orElseThrow().passwordFile()).isEqualTo(password);
        assertThat(trunk.nationalPrefix()).isEqualTo("+30");
    }

    @Test
    void aTrunkPasswordFileInsideTheConfigurationDirectoryIsRefused() throws IOException {
        copyDefault();
        Files.writeString(dir.resolve("trunk.password"), "s3cret");
        Files.writeString(dir.resolve("trunk.json"), "{ \"host\": \"127.0.0.1\", \"transport\": \"udp\",\n"
                + "  \"credentials\": { \"username\": \"govcc\", \"passwordFile\": \"" + dir.resolve("trunk.password")
                + "\" },\n  \"numberFormat\": { \"nationalPrefix\": \"+30\" } }\n");

        assertThat(problems()).singleElement().satisfies(p -> assertThat(p.toString()).contains("trunk.json:2:")
                .contains("/credentials/passwordFile: the password file").contains("inside the configuration directory"));
    }

    private ConfigurationCopy copy;

    private void copyDefault() {
        copy = ConfigurationCopy.ofDefault(dir);
    }

    private void edit(String file, String from, String to) {
        copy.edit(file, from, to);
    }

    private int lineOf(String file, String text) {
        return copy.lineOf(file, text);
    }

    private InvalidConfigurationException refusal() {
        return copy.refusal();
    }

    private List<ConfigurationProblem> problems() {
        return copy.problems();
    }

    /** The example line, put on the test class path by the build (see the POM's test resources). */
    static Path example() {
        return resource("examples/digital-governance");
    }

    private static Path resource(String name) {
        return ConfigurationCopy.resource(name);
    }
}
