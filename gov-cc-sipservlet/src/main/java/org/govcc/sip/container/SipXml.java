package org.govcc.sip.container;

import org.govcc.api.internal.Require;

/**
 * Writes the minimal JSR 289 deployment descriptor ({@code WEB-INF/sip.xml}) for an application with one main
 * servlet.
 *
 * @since 0.1
 */
public final class SipXml {

    private SipXml() {
    }

    /** Returns a sip.xml naming {@code appName} whose main servlet is {@code servletClass}, loaded at start-up. */
    public static String withMainServlet(String appName, Class<?> servletClass) {
        Require.id(appName, "appName");
        Require.nonNull(servletClass, "servletClass");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sip-app xmlns=\"http://www.jcp.org/xml/ns/sipservlet\" "
                + "xmlns:javaee=\"http://java.sun.com/xml/ns/javaee\" version=\"1.1\">\n"
                + "  <app-name>" + appName + "</app-name>\n"
                + "  <display-name>" + appName + "</display-name>\n"
                + "  <servlet-selection><main-servlet>main</main-servlet></servlet-selection>\n"
                + "  <servlet>\n"
                + "    <servlet-name>main</servlet-name>\n"
                + "    <servlet-class>" + servletClass.getName() + "</servlet-class>\n"
                + "    <load-on-startup>1</load-on-startup>\n"
                + "  </servlet>\n"
                + "  <session-config><session-timeout>0</session-timeout></session-config>\n"
                + "</sip-app>\n";
    }
}
