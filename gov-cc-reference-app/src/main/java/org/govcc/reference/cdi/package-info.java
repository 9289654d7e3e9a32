/** CDI wiring: the engines of gov-cc (plain Java) produced as beans for the rest of the application. */
package org.govcc.reference.cdi;
