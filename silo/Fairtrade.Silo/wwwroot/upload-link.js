// Opens an upload link: the token is in the fragment (never sent to a server by the browser), so this script hands it
// over once, receives a session, and leaves the token out of the address bar and the history.
(async () => {
  const root = document.querySelector('[data-upload-link]');
  if (!root) return;
  const token = decodeURIComponent(location.hash.slice(1));
  history.replaceState(null, '', location.pathname);
  const fail = () => { root.querySelector('[data-opening]').hidden = true; root.querySelector('[data-broken]').hidden = false; };
  if (!token) { fail(); return; }
  try {
    const response = await fetch('/upload/session', { method: 'POST', credentials: 'same-origin', headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) { fail(); return; }
    location.replace((await response.json()).next);
  } catch {
    fail();
  }
})();
