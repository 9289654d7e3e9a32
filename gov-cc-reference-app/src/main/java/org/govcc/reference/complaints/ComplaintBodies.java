package org.govcc.reference.complaints;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Objects;

/**
 * The bodies the complaint officer sends to {@code /api/complaints}. None names who acts: that is the signed-in
 * officer. Enumerated values are checked by Bean Validation against the API's names, so that a wrong one is a 400
 * naming its property.
 */
public final class ComplaintBodies {

    /** The API's {@code ComplaintCategory} names. */
    static final String CATEGORY = "SEXUAL_HARASSMENT|ABUSE|POWER_VIOLENCE|OTHER|UNCLASSIFIED";
    /** The API's {@code ReferralStatus} names. */
    static final String REFERRAL_STATUS = "PLANNED|SENT|ACKNOWLEDGED|COMPLETED|DECLINED";
    /** Ids as the API's {@code Require.id} checks them. */
    static final String ID = "[A-Za-z0-9][A-Za-z0-9._:@+-]{0,127}";
    private static final String ID_MESSAGE = "must be 1-128 letters, digits and ._:@+- starting with a letter or digit";

    private ComplaintBodies() {
    }

    /**
     * {@code POST /api/complaints}: a complaint taken on a call.
     *
     * @param line the complaint line the call came in on
     * @param call the call (its record must be of that line), if taken on one
     * @param category the classification, UNCLASSIFIED when absent
     * @param workplace the workplace or employer concerned, if known
     * @param narrative the complainant's account (may be added later)
     * @param note a first note
     */
    public record NewComplaint(
            @NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String line,
            @Pattern(regexp = ID, message = ID_MESSAGE) String call,
            @Pattern(regexp = CATEGORY, message = "must be one of " + CATEGORY) String category,
            @Size(min = 1, max = 500) String workplace,
            @Size(max = 20_000) String narrative,
            @Size(min = 1, max = 20_000) String note) {

        /** What the creation asks, as one string: a retry with the same key must ask the same. */
        String canonical() {
            return String.join("\u001f", Arrays.stream(new String[] {line, call, category, workplace, narrative, note})
                    .map(v -> Objects.requireNonNullElse(v, "\u0000")).toArray(String[]::new));
        }
    }

    /**
     * {@code POST /api/complaints/{id}/notes}.
     *
     * @param text the note
     */
    public record NewNote(@NotBlank @Size(max = 20_000) String text) {
    }

    /**
     * {@code PUT /api/complaints/{id}/classification}.
     *
     * @param category the classification
     */
    public record Classification(
            @NotNull @Pattern(regexp = CATEGORY, message = "must be one of " + CATEGORY) String category) {
    }

    /**
     * {@code PUT /api/complaints/{id}/description}.
     *
     * @param workplace the workplace or employer concerned, or absent when not known
     * @param narrative the complainant's account
     */
    public record Description(@Size(min = 1, max = 500) String workplace,
                              @NotNull @Size(max = 20_000) String narrative) {
    }

    /**
     * {@code PUT /api/complaints/{id}/referrals/{agency}}.
     *
     * @param status how far the referral has gone
     * @param reference the authority's reference, if it gave one
     */
    public record ReferralUpdate(
            @NotNull @Pattern(regexp = REFERRAL_STATUS, message = "must be one of " + REFERRAL_STATUS) String status,
            @Size(min = 1, max = 64) String reference) {
    }

    /**
     * {@code POST /api/complaints/{id}/closure}.
     *
     * @param reason why it is closed (kept as the last note)
     */
    public record Closure(@NotBlank @Size(max = 20_000) String reason) {
    }
}
