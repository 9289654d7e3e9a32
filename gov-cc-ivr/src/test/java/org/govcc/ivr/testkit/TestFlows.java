package org.govcc.ivr.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govcc.api.ivr.FlowDocument;
import org.govcc.api.ivr.FlowId;
import org.govcc.ivr.FlowRepository;
import org.govcc.ivr.validate.FlowValidator;

/** Loads the test flows from {@code src/test/resources/flows}. */
public final class TestFlows {

    /** A valid AMKA (Luhn check digit 2). */
    public static final String VALID_AMKA = "01018012342";

    private TestFlows() {
    }

    public static FlowDocument document(String id) {
        String resource = "/flows/" + id + ".json";
        try (InputStream in = TestFlows.class.getResourceAsStream(resource)) {
            return new FlowDocument(new FlowId(id), resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo flow and its AMKA sub-flow, validated as a graph. */
    public static FlowRepository demo() {
        return FlowRepository.load(List.of(document("demo"), document("amka")), FlowValidator.builder());
    }
}
