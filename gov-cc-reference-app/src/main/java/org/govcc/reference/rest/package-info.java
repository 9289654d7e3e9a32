/** The reference line's REST API, under {@code /api}. */
package org.govcc.reference.rest;
