/**
 * Opens a path with a full page load, not the client router: after signing in, up or out the session
 * cookie has changed, and every server component (the header, the page) must render again with it,
 * rather than from the router's cache of what the previous visitor saw.
 */
export function fullPageLoad(path: string): void {
  window.location.assign(path);
}
