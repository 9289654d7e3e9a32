/**
 * Call control: the port through which the engines act on a call (play, collect, connect, dial out, hang up),
 * and the signals the call side reports back.
 */
package org.govcc.api.control;
