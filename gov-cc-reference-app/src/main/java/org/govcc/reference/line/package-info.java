/**
 * The reference line assembled: the ministry's configuration wired into the engines (calendar, IVR, distributor)
 * and the SIP application on an embedded Restcomm container. Plain Java, so it runs inside the WAR or anywhere.
 */
package org.govcc.reference.line;
