package org.govcc.reference.rest.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/requests/{id}/notes}; its author is the signed-in user.
 *
 * @param text the note, at most 20,000 characters
 */
public record NewNote(@NotBlank @Size(max = 20_000) String text) {
}
