package org.govcc.reference.rest.requests;

import java.util.List;

/**
 * One page of a search, newest first.
 *
 * @param requests the page's requests
 * @param total how many requests match in all (of those the signed-in user may read)
 * @param page the page number, from 0
 * @param size the page size
 */
public record RequestPage(List<RequestView> requests, long total, int page, int size) {
}
