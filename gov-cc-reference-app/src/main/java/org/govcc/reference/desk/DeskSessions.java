package org.govcc.reference.desk;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Ends the desktop streams of an HTTP session when the session ends (sign-out, expiry): what an agent's desktop was
 * told must stop with the agent's sign-in. A session whose id changes (at sign-in) keeps its streams under the new
 * id.
 */
@WebListener
public class DeskSessions implements HttpSessionListener, HttpSessionIdListener {

    @Inject
    DeskStream stream;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        stream.sessionEnded(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        stream.sessionRenamed(oldSessionId, event.getSession().getId());
    }
}
