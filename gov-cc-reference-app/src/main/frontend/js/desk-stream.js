// The desk's server-sent events (GET api/agent/events, same origin, the session cookie): `state` with the desk
// view on every change, `offer` with the screen pop. The browser reconnects by itself after a dropped connection;
// a refused one (401 once the session ended, or the sign-in page instead of a stream) it gives up, and so do we
// until the page says why.

const RETRY_MILLIS = 5000;

/**
 * Opens the stream. {@code handlers.state(view)} and {@code handlers.offer(pop)} get each event's data;
 * {@code handlers.connected(boolean)} tells when the stream is up or down; {@code handlers.refused()} when the
 * browser gave up, and returns a promise of whether to try again.
 */
export function openStream(handlers) {
  let source = null;
  const connect = () => {
    source = new EventSource('api/agent/events');
    source.addEventListener('open', () => handlers.connected(true));
    source.addEventListener('state', e => handlers.state(JSON.parse(e.data)));
    source.addEventListener('offer', e => handlers.offer(JSON.parse(e.data)));
    source.addEventListener('error', async () => {
      handlers.connected(false);
      if (source.readyState === EventSource.CLOSED && await handlers.refused()) {
        setTimeout(connect, RETRY_MILLIS);
      }
    });
  };
  connect();
  return { close: () => source.close() };
}
