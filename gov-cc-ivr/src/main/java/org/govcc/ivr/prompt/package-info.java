/**
 * Prompt catalogues (prompt id -> audio per language) and the speakers that compose numbers, queue positions,
 * durations and dates from word prompts, with Greek grammar (gender and number agreement, genitive months).
 */
package org.govcc.ivr.prompt;
