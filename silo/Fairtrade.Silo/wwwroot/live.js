// Keeps a town page current: the server says when the status changed, and the page fetches the new status section
// (rendered and encoded by the server) and puts it in place. Without JavaScript the page is complete, just not live.
(() => {
  const root = document.querySelector('[data-live]');
  if (!root || !('EventSource' in window)) {
    return;
  }

  const refresh = async () => {
    const response = await fetch(root.dataset.fragment, { headers: { Accept: 'text/html' }, cache: 'no-store' });
    if (response.ok) {
      root.innerHTML = await response.text();
      root.dataset.refreshed = String(Date.now());
    }
  };

  const source = new EventSource(root.dataset.live);
  source.addEventListener('changed', refresh);
  source.addEventListener('ready', () => { root.dataset.following = 'true'; });
})();
