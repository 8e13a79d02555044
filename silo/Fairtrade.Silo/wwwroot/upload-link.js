// Opens an upload link: the token is in the fragment (never sent to a server by the browser), so this script hands it
// over once, receives a session, and leaves the token out of the address bar and the history.
(async () => {
  const root = document.querySelector('[data-upload-link]');
  if (!root) return;
  const hash = location.hash.slice(1);
  history.replaceState(null, '', location.pathname);
  const show = which => {
    root.querySelector('[data-opening]').hidden = true;
    root.querySelector(which).hidden = false;
  };
  try {
    const token = decodeURIComponent(hash);
    if (!token) { show('[data-broken]'); return; }
    const response = await fetch('/upload/session', { method: 'POST', credentials: 'same-origin', headers: { Authorization: `Bearer ${token}` } });
    if (response.status === 409) { show('[data-signed-in]'); return; }
    if (!response.ok) { show('[data-broken]'); return; }
    location.replace((await response.json()).next);
  } catch {
    show('[data-broken]');
  }
})();
