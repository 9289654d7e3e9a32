package org.govcc.reference.operations;

/** The line's datasource, as persistence.xml names it. */
final class Datasource {

    /** Its JNDI name; the same as persistence.xml's jta-data-source. */
    static final String JNDI_NAME = "java:jboss/datasources/GovCcDS";

    private Datasource() {
    }
}
