/**
 * The line as configuration: a directory of JSON files (lines, topics and bodies, calendar, queues, roster, wrap-up
 * codes, an optional trunk, flows, prompts) checked against published JSON Schemas and against each other, and
 * loaded into a {@link org.govcc.reference.config.LineConfiguration} the engines are built from. The WAR's default
 * directory is the Ministry of Labour's line; {@code -Dgovcc.config=DIR} uses another.
 */
package org.govcc.reference.config;
