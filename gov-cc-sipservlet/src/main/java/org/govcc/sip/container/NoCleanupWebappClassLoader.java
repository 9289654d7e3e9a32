package org.govcc.sip.container;

import org.apache.catalina.loader.WebappClassLoader;

/**
 * The SIP context's class loader: it loads nothing itself (the docBase holds no classes; everything comes from
 * the parent), so Tomcat 7's leak clean-up on stop is skipped; that clean-up reflects into JDK internals
 * ({@code sun.rmi.transport.Target}), throws on Java 17 and would abort the stop.
 *
 * <p>Public only because Tomcat instantiates it by name. Not API.
 *
 * @since 0.1
 */
public final class NoCleanupWebappClassLoader extends WebappClassLoader {

    /** Creates the loader under {@code parent}. */
    public NoCleanupWebappClassLoader(ClassLoader parent) {
        super(parent);
    }

    @Override
    protected void clearReferences() {
        // Nothing was loaded by this loader: nothing to clear.
    }
}
