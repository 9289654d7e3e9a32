package org.govcc.reference.supervision;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Ends the wallboard streams of an HTTP session when the session ends (sign-out, expiry), and keeps them under the new
 * id when it changes (at sign-in): what a supervisor sees must stop with their sign-in.
 */
@WebListener
public class WallboardSessions implements HttpSessionListener, HttpSessionIdListener {

    @Inject
    WallboardStream stream;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        stream.sessionEnded(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        stream.sessionRenamed(oldSessionId, event.getSession().getId());
    }
}
