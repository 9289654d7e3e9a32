package org.govcc.reference.config;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the optional {@code reports.json} (already checked against its schema) into {@link ReportSettings}. */
final class ReportsReader {

    private ReportsReader() {
    }

    static ReportSettings read(JsonFile file) {
        JsonNode root = file.root();
        ReportSettings d = ReportSettings.DEFAULTS;
        JsonNode level = root.path("serviceLevel");
        // The schema admits only the formulas' names, so the lookup finds one whenever the field is there.
        ServiceLevelFormula formula = level.has("formula") ? ServiceLevelFormula.ofCode(level.get("formula").asText())
                : d.formula();
        return new ReportSettings(formula, level.path("targetPercent").asInt(d.serviceLevelTargetPercent()),
                root.path("monthlyAnsweredTarget").asLong(d.monthlyAnsweredTarget()));
    }
}
