/**
 * The agent's desktop behind its REST resource: the agent's state and its commands (sign in, ready, not ready, wrap
 * up with a code, what to do after the call, sign out) on the line's distributor, and the screen pop that tells the
 * agent, as the phone rings, who is calling and about what.
 */
package org.govcc.reference.desk;
