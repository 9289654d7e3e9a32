/** Helpers shared by gov-cc modules; not API. */
package org.govcc.api.internal;
