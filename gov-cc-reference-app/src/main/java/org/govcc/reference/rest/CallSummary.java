package org.govcc.reference.rest;

/**
 * How the calls of a period went, counted from the call records: figures only, no caller, so nothing of the
 * confidential line's callers can leak through it.
 *
 * @param from the period's start (ISO-8601 instant)
 * @param to the period's end, excluded
 * @param arrived calls that reached the line
 * @param refused calls refused at the door (admission limit, no media port)
 * @param endedBeforeAQueue calls that ended without reaching a queue (in the IVR, transferred, closed line)
 * @param queued calls that reached a queue
 * @param answered calls an agent answered
 * @param abandoned callers who hung up while waiting
 * @param callbacks callers who asked to be called back
 * @param inProgress calls not ended yet
 * @param interrupted calls cut off by a stop of the server, closed in the records at its next start
 */
public record CallSummary(String from, String to, long arrived, long refused, long endedBeforeAQueue, long queued,
                          long answered, long abandoned, long callbacks, long inProgress, long interrupted) {
}
