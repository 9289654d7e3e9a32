package org.govcc.api.complaint;

import org.govcc.api.call.LineId;
import org.govcc.api.spi.Provider;

/**
 * SPI: how complaints are received and classified, and which confidentiality policy each line applies.
 *
 * <p>Thread-safe. {@link #policyFor} must not block and must answer for every line: lines that are not
 * complaint lines get {@link ConfidentialityPolicy#standard()}.
 *
 * @since 0.1
 */
public interface ComplaintHandler extends Provider {

    /** Returns the confidentiality policy of {@code line}. */
    ConfidentialityPolicy policyFor(LineId line);

    /** Classifies an intake; by default the caller's choice, else {@link ComplaintCategory#UNCLASSIFIED}. */
    default ComplaintCategory classify(ComplaintIntake intake) {
        return intake.chosenCategory().orElse(ComplaintCategory.UNCLASSIFIED);
    }

    /**
     * Receives a complaint: stores it under the line's policy and opens a case to track it.
     *
     * @throws IllegalArgumentException if the intake breaks the line's policy (e.g. a number on an anonymous intake)
     */
    ComplaintReceipt receive(ComplaintIntake intake);
}
