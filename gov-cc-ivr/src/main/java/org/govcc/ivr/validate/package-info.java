/**
 * The flow validator: graph and reference checks, each problem named by its node's JSON pointer.
 */
package org.govcc.ivr.validate;
