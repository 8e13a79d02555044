// The console's batch invitation: each ticked town is invited through the API, one request per town, so each is
// checked like any other invitation; a town that cannot be invited (a renewal still open) is named, the rest go on.
(() => {
  const form = document.querySelector('form[data-invite]');
  if (!form) return;
  const csrf = () => document.querySelector('meta[name="csrf-token"]')?.content ?? '';

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const error = form.querySelector('[data-error]');
    const note = form.querySelector('[data-saved-note]');
    error.textContent = '';
    note.textContent = '';
    const invitedOn = form.elements.invitedOn.value;
    const towns = [...document.querySelectorAll('input[name="towns"]:checked')].map(box => box.value);
    const refused = [];
    let invited = 0;
    for (const town of towns) {
      const response = await fetch(`/api/towns/${encodeURIComponent(town)}/renewals`, {
        method: 'POST',
        credentials: 'same-origin',
        // The refusals come back in the page's language.
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'Accept-Language': document.documentElement.lang || 'en', 'X-CSRF-TOKEN': csrf() },
        body: JSON.stringify({ invitedOn }),
      });
      if (response.ok) {
        invited++;
      } else {
        let problem = {};
        try { problem = await response.json(); } catch { /* not a problem document */ }
        const detail = Object.values(problem.errors ?? {}).flat()[0] ?? problem.detail ?? response.statusText;
        refused.push(`${town}: ${detail}`);
      }
    }
    note.textContent = `${invited} ${form.dataset.done}`;
    error.textContent = refused.join(' · ');
  });
})();

// The table is replaced whenever a town changes (live.js): the towns ticked for an invitation stay ticked.
(() => {
  const table = document.querySelector('#campaign-table');
  if (!table) return;
  const ticked = new Set();
  table.addEventListener('change', event => {
    if (event.target.name === 'towns') {
      if (event.target.checked) ticked.add(event.target.value); else ticked.delete(event.target.value);
    }
  });
  new MutationObserver(() => {
    for (const box of table.querySelectorAll('input[name="towns"]')) box.checked = ticked.has(box.value);
  }).observe(table, { childList: true });
})();
