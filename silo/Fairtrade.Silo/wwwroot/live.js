// Keeps a town page current: the server says when the status changed, and the page fetches the new status section
// (rendered and encoded by the server) and puts it in place. Without JavaScript the page is complete, just not live.
(() => {
  const root = document.querySelector('[data-live]');
  if (!root || !('EventSource' in window)) {
    return;
  }

  // A screen reader hears only what changed: each part the server marks with a topic says, in the page's language,
  // how it stands; the sentences that differ from before are written into the page's polite live region.
  const announcer = document.querySelector('[data-announce]');
  const sayings = () => new Map([...root.querySelectorAll('[data-topic]')].map(part => [part.dataset.topic, part.dataset.says]));
  const announce = before => {
    const changed = [...sayings()].filter(([topic, says]) => before.get(topic) !== says).map(([, says]) => says);
    if (announcer && changed.length > 0) {
      announcer.textContent = `${changed.join('. ')}.`;
    }
  };

  // Only the newest answer is put in place: a slow older one never overwrites it.
  let pending = null;
  const refresh = async () => {
    pending?.abort();
    const request = new AbortController();
    pending = request;
    try {
      const response = await fetch(root.dataset.fragment, { headers: { Accept: 'text/html' }, cache: 'no-store', signal: request.signal });
      if (response.ok && pending === request) {
        const before = sayings();
        root.innerHTML = await response.text();
        announce(before);
        root.dataset.refreshed = String(Date.now());
      }
    } catch {
      // Aborted for a newer one, or the server is away: the next event fetches again.
    }
  };

  let connected = false;
  const source = new EventSource(root.dataset.live);
  source.addEventListener('changed', refresh);
  source.addEventListener('ready', () => {
    // After a reconnect, whatever changed while the connection was down is fetched now.
    if (connected) refresh();
    connected = true;
    root.dataset.following = 'true';
  });
  source.addEventListener('error', () => { root.dataset.following = 'false'; });
})();
