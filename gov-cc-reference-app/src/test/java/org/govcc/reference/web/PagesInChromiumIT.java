package org.govcc.reference.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govcc.reference.testing.ReferenceWar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The status page and the supervisors' wallboard, rendered by a real browser against the deployed WAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesInChromiumIT {

    /** The WAR the build made, deployed as it is (testable = false: nothing of Arquillian's is added to it). */
    @Deployment(testable = false)
    static WebArchive war() {
        return ReferenceWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void theStatusPageShowsBothLinesWithTheirNumbersAndState() throws Exception {
        String dom = HeadlessChromium.renderedDom(base.toString(), 5000);

        String rows = element(dom, "<tbody id=\"lines\">", "</tbody>");
        assertThat(rows).contains("<td>1555</td>").contains("<td>15510</td>");
        assertThat(rows).contains("Γραμμή καταγγελιών").contains("Citizen service line");
        assertThat(rows).containsPattern("class=\"(open|closed)\">(Ανοιχτή / Open|Κλειστή / Closed)");
    }

    @Test
    void theWallboardShowsEveryTopicAndTheTotalInGreekAndEnglish() throws Exception {
        String dom = HeadlessChromium.renderedDom(base + "wallboard.html", 5000);

        assertThat(element(dom, "<tbody id=\"queues\">", "</tbody>"))
                .contains("Ασφάλιση και συντάξεις / Insurance and pensions")
                .contains("Ισότητα / Equality");
        assertThat(element(dom, "<tfoot id=\"total\">", "</tfoot>")).contains("Σύνολο / Total");
        assertThat(element(dom, "role=\"status\">", "</p>")).containsPattern("^Ενημέρωση / Updated .*LOGGED_OUT: \\d+");

        Path png = Path.of("target", "screenshots", "wallboard.png");
        HeadlessChromium.screenshot(base + "wallboard.html", png, 5000);
        assertThat(Files.size(png)).isGreaterThan(5_000);
    }

    /** Returns what the rendered DOM holds between {@code start} and the next {@code end}. */
    private static String element(String dom, String start, String end) {
        int from = dom.indexOf(start);
        assertThat(from).as("%s in the rendered page", start).isNotNegative();
        int to = dom.indexOf(end, from);
        return dom.substring(from + start.length(), to);
    }
}
