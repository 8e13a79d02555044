// Forms on the working pages send their fields to the HTTP API, so a change from a page is checked by the same
// validation as one from a script. Errors come back as problem details and are shown next to the field they name.
(() => {
  const csrf = () => document.querySelector('meta[name="csrf-token"]')?.content ?? '';

  const body = form => {
    if (form.enctype === 'multipart/form-data') {
      // A form may offer the camera and the file chooser as two inputs; only the one used is sent.
      const empty = [...form.querySelectorAll('input[type=file]')].filter(f => f.files.length === 0);
      empty.forEach(f => { f.disabled = true; });
      const data = new FormData(form);
      empty.forEach(f => { f.disabled = false; });
      return data;
    }
    const value = {};
    for (const field of form.elements) {
      if (!field.name || field.disabled) continue;
      if (field.type === 'checkbox') value[field.name] = field.checked;
      else if (field.dataset.list !== undefined) value[field.name] = field.value.split(/[\n,]/).map(s => s.trim()).filter(Boolean);
      else if (field.value === '') continue;
      else if (field.type === 'number') value[field.name] = Number(field.value);
      else value[field.name] = field.value;
    }
    return JSON.stringify(value);
  };

  const send = (method, url, content) => fetch(url, {
    method,
    credentials: 'same-origin',
    headers: Object.assign({ 'X-CSRF-TOKEN': csrf(), 'Accept': 'application/json' },
      typeof content === 'string' ? { 'Content-Type': 'application/json' } : {}),
    body: content,
  });

  const showProblem = async (form, response) => {
    let problem = {};
    try { problem = await response.json(); } catch { /* not a problem document */ }
    for (const output of form.querySelectorAll('[data-error-for]')) output.textContent = '';
    for (const field of form.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
    let placed = false;
    for (const [name, messages] of Object.entries(problem.errors ?? {})) {
      const key = name.replace(/^\$\.?/, '').split(/[.[]/)[0].toLowerCase();
      const output = [...form.querySelectorAll('[data-error-for]')].find(o => o.dataset.errorFor.toLowerCase() === key);
      const field = [...form.elements].find(f => f.name && f.name.toLowerCase() === key);
      if (field) field.setAttribute('aria-invalid', 'true');
      if (output) { output.textContent = messages.join(' '); placed = true; }
    }
    const general = form.querySelector('[data-error]');
    if (general) general.textContent = placed ? '' : (problem.detail || problem.title || `${response.status} ${response.statusText}`);
  };

  document.addEventListener('submit', async event => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.dataset.api) return;
    event.preventDefault();
    const button = form.querySelector('button[type="submit"]');
    if (button) button.disabled = true;
    try {
      const response = await send(form.dataset.method || 'POST', form.dataset.api, body(form));
      if (!response.ok) { await showProblem(form, response); return; }
      if (form.dataset.show) {
        const result = await response.json();
        const target = document.getElementById(form.dataset.show);
        target.querySelector('output').textContent = result[form.dataset.showField];
        target.hidden = false;
        form.reset();
      } else if (form.dataset.next) {
        const result = response.status === 204 ? {} : await response.json();
        location.assign(form.dataset.next.replace('{id}', encodeURIComponent(result.id ?? '')));
      } else {
        location.reload();
      }
    } finally {
      if (button) button.disabled = false;
    }
  });

  // Buttons that call one endpoint (revoke, archive) after the person confirms.
  document.addEventListener('click', async event => {
    const button = event.target.closest('button[data-api-call]');
    if (!button) return;
    if (button.dataset.confirm && !confirm(button.dataset.confirm)) return;
    const body = button.dataset.body;
    const response = await send(button.dataset.method || 'POST', button.dataset.apiCall, body);
    if (response.ok) location.reload();
    else alert((await response.json().catch(() => ({}))).detail || response.statusText);
  });

  // Copy buttons: the text of the element they name.
  document.addEventListener('click', async event => {
    const button = event.target.closest('button[data-copy]');
    if (!button) return;
    await navigator.clipboard.writeText(document.getElementById(button.dataset.copy).textContent.trim());
    button.dataset.copied = 'true';
  });
})();
