/** The Ministry of Labour's line as configuration: numbers, topics, opening hours, confidentiality. */
package org.govcc.reference.config;
