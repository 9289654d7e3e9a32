package org.govcc.reference.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.cases.CaseStatus;
import org.govcc.api.complaint.ComplaintCategory;
import org.govcc.api.complaint.ComplaintStatus;
import org.govcc.api.complaint.ReferralAgency;
import org.govcc.api.complaint.ReferralStatus;
import org.govcc.api.schedule.ClosureReason;
import org.junit.jupiter.api.Test;

/**
 * The pages' strings (src/main/frontend/js/i18n.js) against the codes the REST API sends: a new agent state,
 * request status or closure reason without its Greek and English text fails here, not on a supervisor's or an
 * agent's screen.
 */
class PageStringsTest {

    private static final Path STRINGS = Path.of("src/main/frontend/js/i18n.js");
    private static final Path DESK_STRINGS = Path.of("src/main/frontend/js/i18n-desk.js");
    private static final Path REPORT_STRINGS = Path.of("src/main/frontend/js/i18n-reports.js");
    private static final Path WALLBOARD_STRINGS = Path.of("src/main/frontend/js/i18n-wallboard.js");
    /** The modules i18n.js merges into the pages' one catalogue, itself first. */
    private static final List<Path> CATALOGUES = List.of(STRINGS, DESK_STRINGS, REPORT_STRINGS, WALLBOARD_STRINGS);

    @Test
    void everyAgentStateHasItsTextInGreekAndEnglish() throws Exception {
        for (AgentStatus status : AgentStatus.values()) {
            assertThat(languagesOf("agent." + status.name())).as(status.name()).containsExactly("el", "en");
        }
    }

    @Test
    void everyAgentStateHasTheDesktopsTextInGreekAndEnglish() throws Exception {
        for (AgentStatus status : AgentStatus.values()) {
            assertThat(languagesOf("desk.status." + status.name())).as(status.name()).containsExactly("el", "en");
        }
    }

    @Test
    void everyAlertKindOfTheWallboardHasItsTextInGreekAndEnglish() throws Exception {
        for (org.govcc.reference.supervision.AlertKind kind : org.govcc.reference.supervision.AlertKind.values()) {
            assertThat(languagesOf("wallboard.alert." + kind.name())).as(kind.name()).containsExactly("el", "en");
        }
    }

    @Test
    void everyRequestStatusHasItsTextInGreekAndEnglish() throws Exception {
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(languagesOf("request.status." + status.name())).as(status.name()).containsExactly("el", "en");
        }
    }

    @Test
    void everyClosureReasonHasItsTextInGreekAndEnglish() throws Exception {
        for (ClosureReason reason : ClosureReason.values()) {
            assertThat(languagesOf("reason." + reason.name())).as(reason.name()).containsExactly("el", "en");
        }
    }

    @Test
    void everyComplaintCategoryStatusAgencyAndReferralStatusHasItsTextInGreekAndEnglish() throws Exception {
        List<String> keys = new ArrayList<>();
        for (ComplaintCategory c : ComplaintCategory.values()) {
            keys.add("complaint.category." + c.name());
        }
        for (ComplaintStatus c : ComplaintStatus.values()) {
            keys.add("complaint.status." + c.name());
        }
        for (ReferralAgency a : ReferralAgency.values()) {
            keys.add("complaint.agency." + a.name());
        }
        for (ReferralStatus r : ReferralStatus.values()) {
            keys.add("complaint.referral." + r.name());
        }
        for (String key : keys) {
            assertThat(languagesOf(key)).as(key).containsExactly("el", "en");
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysInEveryModuleAndNoKeyIsInTwoModules() throws Exception {
        List<String> seen = new ArrayList<>();
        for (Path catalogue : CATALOGUES) {
            String source = Files.readString(catalogue, StandardCharsets.UTF_8);
            int english = source.indexOf("\n  en: {");
            assertThat(english).as(catalogue.toString()).isPositive();
            List<String> greek = keys(source.substring(0, english));
            assertThat(greek).as(catalogue.toString()).isNotEmpty()
                    .containsExactlyElementsOf(keys(source.substring(english)));
            assertThat(seen).as("keys of %s already in another module", catalogue).doesNotContainAnyElementsOf(greek);
            seen.addAll(greek);
        }
    }

    @Test
    void theReportsStringsHaveTheSameKeysInBothLanguagesAndEveryFormulaItsText() throws Exception {
        String source = Files.readString(REPORT_STRINGS, StandardCharsets.UTF_8);
        int english = source.indexOf("\n  en: {");
        assertThat(english).isPositive();
        List<String> greek = keys(source.substring(0, english));
        assertThat(greek).containsExactlyElementsOf(keys(source.substring(english)));
        for (org.govcc.reference.config.ServiceLevelFormula f : org.govcc.reference.config.ServiceLevelFormula.values()) {
            assertThat(greek).contains("reports.formula." + f.code());
        }
    }

    /** Returns the languages whose block holds {@code key}, in the modules' order (el before en). */
    private static List<String> languagesOf(String key) throws Exception {
        List<String> languages = new ArrayList<>();
        for (Path catalogue : CATALOGUES) {
            String source = Files.readString(catalogue, StandardCharsets.UTF_8);
            int english = source.indexOf("\n  en: {");
            if (keys(source.substring(0, english)).contains(key)) {
                languages.add("el");
            }
            if (keys(source.substring(english)).contains(key)) {
                languages.add("en");
            }
        }
        return languages;
    }

    private static List<String> keys(String block) {
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("^    '([^']+)':", Pattern.MULTILINE).matcher(block);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
