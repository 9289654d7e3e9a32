package org.govcc.reference.rest.requests;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/requests/{id}/transitions}: a move to another status, made by the signed-in user.
 *
 * @param status the new status (a {@code CaseStatus} name, e.g. {@code IN_PROGRESS})
 * @param reason why, at most 1,000 characters
 * @param referral where a request moving to {@code REFERRED} goes; only then
 */
public record NewTransition(@NotNull String status, @NotNull @Size(max = 1000) String reason,
                            @Valid ReferralInput referral) {

    /**
     * The other body and its reference.
     *
     * @param body the other body's id or name
     * @param reference that body's reference of the request
     */
    public record ReferralInput(@NotBlank @Size(max = 200) String body, @NotBlank @Size(max = 64) String reference) {
    }
}
