package org.govcc.reference.rest.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Objects;
import org.govcc.reference.rest.validation.ValidAfm;
import org.govcc.reference.rest.validation.ValidAmka;

/**
 * The body of {@code POST /api/requests}. Who opens the request is the signed-in user; there is no field for it.
 *
 * @param line the line the citizen called (its confidentiality policy applies: a confidential line's requests are
 *             sealed)
 * @param topic the topic; an agent opens requests of their own body's topics only
 * @param call the call the request comes from, if any: its record must exist on the same line
 * @param amka the citizen's AMKA, if given (not with {@code afm})
 * @param afm the citizen's AFM, if given (not with {@code amka})
 * @param subject a one-line subject
 * @param note a first note, if any
 */
public record NewRequest(
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String line,
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String topic,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String call,
        @ValidAmka String amka,
        @ValidAfm String afm,
        @NotBlank @Size(max = 500) String subject,
        @Size(min = 1, max = 20_000) String note) {

    /**
     * Returns what the request asks for, as one string: a retry with the same {@code Idempotency-Key} must ask the
     * same.
     */
    String canonical() {
        return String.join("\u001f", Arrays.stream(new String[] {line, topic, call, amka, afm, subject, note})
                .map(v -> Objects.requireNonNullElse(v, "\u0000")).toArray(String[]::new));
    }
}
