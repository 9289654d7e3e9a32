/**
 * Greek citizen identifiers with their check digits: AMKA (social security number) and AFM (tax number).
 *
 * <p>Constructors reject invalid identifiers with an {@link IllegalArgumentException} that says why;
 * {@code problemWith} gives the same reason as a return value, for input that is expected to be wrong
 * sometimes (a caller's keypad entry).
 */
package org.govcc.api.citizen;
