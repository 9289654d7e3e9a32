package org.govcc.sip.container;

import java.util.Map;
import org.govcc.api.internal.Require;

/**
 * A SIP application to deploy in the embedded container: its deployment descriptor, its default-application-router
 * entries, and the objects its servlets find as servlet-context attributes.
 *
 * @param name the application's name (as in {@code <app-name>} of the sip.xml)
 * @param sipXml the content of {@code WEB-INF/sip.xml}
 * @param darProperties the default application router's configuration (which methods go to which application)
 * @param contextAttributes collaborators handed to the servlets, by attribute name
 * @since 0.1
 */
public record SipApplicationDescriptor(String name, String sipXml, String darProperties,
                                       Map<String, Object> contextAttributes) {

    /** Validates the values and freezes the map. */
    public SipApplicationDescriptor {
        Require.id(name, "name");
        Require.nonBlank(sipXml, "sipXml");
        Require.nonBlank(darProperties, "darProperties");
        contextAttributes = Map.copyOf(Require.nonNull(contextAttributes, "contextAttributes"));
    }

    /**
     * Returns default-application-router entries that send every initial request of {@code methods} to
     * application {@code appName}.
     */
    public static String routeAll(String appName, String... methods) {
        StringBuilder b = new StringBuilder();
        for (String m : methods) {
            b.append(m).append(": (\"").append(appName)
                    .append("\", \"DAR:From\", \"ORIGINATING\", \"\", \"NO_ROUTE\", \"0\")\n");
        }
        return b.toString();
    }
}
