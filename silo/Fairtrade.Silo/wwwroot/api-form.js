// Forms on the working pages send their fields to the HTTP API, so a change from a page is checked by the same
// validation as one from a script. Errors come back as problem details and are shown next to the field they name.
(() => {
  // Forms carry the antiforgery field for the case without script; the API takes the token as a header instead.
  const formToken = '__RequestVerificationToken';
  const csrf = () => document.querySelector('meta[name="csrf-token"]')?.content ?? '';

  // Field names with dots build nested objects ("contact.email"); an emptied field marked data-clear sends null.
  const slot = (target, name) => {
    const path = name.split('.');
    const last = path.pop();
    for (const key of path) target = target[key] ??= {};
    return [target, last];
  };
  const put = (target, name, value) => { const [holder, key] = slot(target, name); holder[key] = value; };
  // Boxes marked data-each and list fields of one name send one list: what is ticked, then what is typed.
  const add = (target, name, items) => { const [holder, key] = slot(target, name); holder[key] = (holder[key] ?? []).concat(items); };

  const chosenFiles = form => [...form.querySelectorAll('input[type=file]')].filter(f => f.files.length > 0);

  // A file form left without a file sends its fields as JSON, where the API allows that (the coordinator's forms).
  const asJson = form => form.enctype !== 'multipart/form-data' || (form.dataset.jsonWithoutFile !== undefined && chosenFiles(form).length === 0);

  const body = (form, submitter) => {
    if (!asJson(form)) {
      // A form may offer the camera and the file chooser as two inputs; only the one used is sent.
      // ...and if both were used, the first of them.
      const empty = [...form.querySelectorAll('input[type=file]')].filter((f, i, all) => f.files.length === 0 || all.slice(0, i).some(o => o.files.length > 0));
      empty.forEach(f => { f.disabled = true; });
      const data = new FormData(form, submitter);
      empty.forEach(f => { f.disabled = false; });
      data.delete(formToken);
      return data;
    }
    const value = {};
    for (const field of form.elements) {
      if (!field.name || field.name === formToken || field.disabled || field.type === 'submit') continue;
      if (field.type === 'checkbox' && field.dataset.each !== undefined) add(value, field.name, field.checked ? [field.value] : []);
      else if (field.type === 'checkbox') put(value, field.name, field.checked);
      else if (field.type === 'radio') { if (field.checked) put(value, field.name, field.value); }
      else if (field.dataset.list !== undefined) add(value, field.name, field.value.split(/[\n,]/).map(s => s.trim()).filter(Boolean));
      else if (field.value === '') { if (field.dataset.clear !== undefined) put(value, field.name, null); }
      else if (field.type === 'number') put(value, field.name, Number(field.value));
      else put(value, field.name, field.value);
    }
    if (submitter?.name) put(value, submitter.name, submitter.value);
    // A group whose every field was emptied (a contact with no person, e-mail or phone) is removed as a whole.
    for (const [key, group] of Object.entries(value)) {
      if (group && typeof group === 'object' && !Array.isArray(group) && Object.values(group).every(v => v === null)) value[key] = null;
    }
    return JSON.stringify(value);
  };

  // The API words its errors in the language asked for: the page's, whatever the browser's own preference.
  const send = (method, url, content) => fetch(url, {
    method,
    credentials: 'same-origin',
    headers: Object.assign({ 'X-CSRF-TOKEN': csrf(), 'Accept': 'application/json', 'Accept-Language': document.documentElement.lang || 'en' },
      typeof content === 'string' ? { 'Content-Type': 'application/json' } : {}),
    body: content,
  });

  // One message next to one field (or in the form's general slot), for what the page itself can say in its language.
  const showMessage = (form, name, message) => {
    const output = (name && form.querySelector(`[data-error-for="${name}"]`)) || form.querySelector('[data-error]');
    if (output) output.textContent = message;
  };

  const messages = () => document.querySelector('meta[name="form-messages"]')?.dataset ?? {};

  // A field's message is part of its description, so a screen reader reads it when the field has focus.
  const describe = (field, output) => {
    output.id ||= `${field.id || field.name}-error`;
    const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    if (!ids.includes(output.id)) field.setAttribute('aria-describedby', [...ids, output.id].join(' '));
  };

  const showProblem = async (form, response) => {
    let problem = {};
    try { problem = await response.json(); } catch { /* not a problem document */ }
    if (response.status === 401 && messages().signedOut) problem = { detail: messages().signedOut };
    // Where the page knows the case (a file too large, of the wrong kind), it says it with the page's own advice.
    const local = form.dataset[`problem-${response.status}`];
    if (local) problem = { detail: local, errors: { file: [local] } };
    clearProblems(form);
    let placed = false;
    const unplaced = [];
    for (const [name, messages] of Object.entries(problem.errors ?? {})) {
      const full = name.replace(/^\$\.?/, '').toLowerCase();
      const keys = [full, full.split(/[.[]/)[0]];
      const output = [...form.querySelectorAll('[data-error-for]')].find(o => keys.includes(o.dataset.errorFor.toLowerCase()));
      const field = [...form.elements].find(f => f.name && keys.includes(f.name.toLowerCase()));
      if (field) field.setAttribute('aria-invalid', 'true');
      if (field && output) describe(field, output);
      // A field may say in the page's language what the API can only mean there (a name left empty).
      if (output) { output.textContent = output.dataset.message || messages.join(' '); placed = true; } else unplaced.push(...messages);
    }
    // The person is taken to the first field to correct; a message for the whole form is announced by its alert role.
    form.querySelector('[aria-invalid="true"]')?.focus();
    const general = form.querySelector('[data-error]');
    if (general) general.textContent = unplaced.join(' ') || (placed ? '' : (problem.detail || problem.title || `${response.status} ${response.statusText}`));
  };

  const clearProblems = form => {
    for (const output of form.querySelectorAll('[data-error-for], [data-saved-note], [data-error]')) output.textContent = '';
    for (const field of form.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
  };

  document.addEventListener('submit', async event => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.dataset.api) return;
    event.preventDefault();
    const buttons = [...form.querySelectorAll('button[type="submit"]')];
    const note = form.querySelector('[data-saved-note]');
    if (note) note.textContent = '';
    buttons.forEach(b => { b.disabled = true; });
    try {
      if (form.dataset.needsFile && chosenFiles(form).length === 0) {
        showMessage(form, 'file', form.dataset.needsFile);
        return;
      }
      const tooLarge = chosenFiles(form).some(f => form.dataset.maxBytes && f.files[0].size > Number(form.dataset.maxBytes));
      if (tooLarge) {
        showMessage(form, 'file', form.dataset['problem-413']);
        return;
      }
      let response;
      try {
        response = await send(form.dataset.method || 'POST', form.dataset.api, body(form, event.submitter));
      } catch {
        showMessage(form, '', messages().network || 'No connection to the server.');
        return;
      }
      if (!response.ok) { await showProblem(form, response); return; }
      if (form.dataset.show) {
        const result = await response.json();
        const target = document.getElementById(form.dataset.show);
        target.querySelector('output').textContent = result[form.dataset.showField];
        const picture = target.querySelector('[data-svg]');
        if (picture && form.dataset.showSvg) {
          // Our own server drew it; parsed as SVG (never as HTML), so nothing in it could run.
          const svg = new DOMParser().parseFromString(result[form.dataset.showSvg], 'image/svg+xml').documentElement;
          picture.replaceChildren(document.importNode(svg, true));
        }
        // Links that name what was just made (a receipt), and the focus on the news for those who cannot see it appear.
        for (const link of target.querySelectorAll('a[data-href]')) link.href = link.dataset.href.replace('{id}', encodeURIComponent(result.id ?? ''));
        target.hidden = false;
        if (target.hasAttribute('tabindex')) target.focus();
        clearProblems(form);
        form.reset();
      } else if (form.dataset.next) {
        const result = response.status === 204 ? {} : await response.json();
        location.assign(form.dataset.next.replace('{id}', encodeURIComponent(result.id ?? '')));
      } else if (form.dataset.saved) {
        // Changed in place: say so where the person is looking, and keep the page (and its scroll position).
        clearProblems(form);
        const note = form.querySelector('[data-saved-note]');
        if (note) note.textContent = form.dataset.saved;
        // A form that sends something new each time (a report) is emptied, so it is not sent twice by mistake.
        if (form.dataset.reset !== undefined) form.reset();
      } else {
        location.reload();
      }
    } finally {
      buttons.forEach(b => { b.disabled = false; });
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
    if (button.dataset.copied) button.textContent = button.dataset.copied;
  });
})();
