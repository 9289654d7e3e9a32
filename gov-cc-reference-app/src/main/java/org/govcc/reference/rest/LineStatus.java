package org.govcc.reference.rest;

import java.util.Map;

/**
 * A line's state now, as the status page and monitoring read it.
 *
 * @param line the line's id
 * @param number the dialled number
 * @param names the line's name per language code
 * @param open whether it is open now
 * @param closedReason why it is closed ({@code OUTSIDE_HOURS}, {@code PUBLIC_HOLIDAY}, {@code EXTRA_CLOSURE}); null when open
 * @param occasion the holiday's or closure's name, in English; null if none
 * @param occasions that name per language code of the line's names (the status page shows it in the page's
 *     language); empty if none
 * @param nextOpening the next opening, ISO-8601 with the line's zone; null when open or never
 */
public record LineStatus(String line, String number, Map<String, String> names, boolean open, String closedReason,
                         String occasion, Map<String, String> occasions, String nextOpening) {
}
