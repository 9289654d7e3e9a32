/**
 * Calls and lines: who called which number, in which language, when.
 *
 * <p>All types are immutable records, validated on construction, safe to share between threads.
 * No method accepts or returns {@code null} unless its Javadoc says so.
 */
package org.govcc.api.call;
