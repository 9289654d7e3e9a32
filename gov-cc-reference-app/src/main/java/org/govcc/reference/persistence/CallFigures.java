package org.govcc.reference.persistence;

/**
 * How the calls of a period went, counted in the database: figures only, no caller.
 *
 * @param arrived calls that reached the line
 * @param refused calls refused at the door (admission limit, no media port)
 * @param endedBeforeAQueue calls that reached the line and ended without reaching a queue (in the IVR, transferred,
 *     closed line)
 * @param queued calls that reached a queue
 * @param answered calls an agent answered
 * @param abandoned callers who hung up while waiting
 * @param callbacks callers who asked to be called back
 * @param inProgress calls not ended yet
 * @param interrupted calls cut off by a stop of the server (closed as {@link CallEndCause#INTERRUPTED})
 */
public record CallFigures(long arrived, long refused, long endedBeforeAQueue, long queued, long answered,
                          long abandoned, long callbacks, long inProgress, long interrupted) {
}
