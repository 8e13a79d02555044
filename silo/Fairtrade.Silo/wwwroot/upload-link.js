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
  // A phone's connection may drop a request, and a server may be busy for a moment: the handover (which only opens a
  // session, so sending it again changes nothing) is tried three times before the link counts as broken.
  const handOver = async token => {
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await fetch('/upload/session', { method: 'POST', credentials: 'same-origin', headers: { Authorization: `Bearer ${token}` } });
        if (response.status < 500 || attempt === 3) return response;
      } catch (error) {
        if (attempt === 3) throw error;
      }
      await new Promise(resolve => setTimeout(resolve, 500 * attempt));
    }
  };
  try {
    const token = decodeURIComponent(hash);
    if (!token) { show('[data-broken]'); return; }
    const response = await handOver(token);
    if (response.status === 409) { show('[data-signed-in]'); return; }
    if (!response.ok) { show('[data-broken]'); return; }
    location.replace((await response.json()).next);
  } catch {
    show('[data-broken]');
  }
})();
