// The coordinator's import form: sends the chosen workbook to the import API (checked only, or applied) and shows
// the report in the page's words, with every refused cell in a table by sheet, row and column.
(() => {
  const csrf = () => document.querySelector('meta[name="csrf-token"]')?.content ?? '';

  const cell = (row, text) => { row.insertCell().textContent = text ?? ''; };

  const render = (form, report, status) => {
    const target = form.querySelector('[data-report]');
    target.replaceChildren();
    const summary = document.createElement('p');
    summary.id = 'import-summary';
    const counts = form.dataset.counts.replace('{0}', report.created).replace('{1}', report.updated).replace('{2}', report.unchanged);
    summary.textContent = status === 422 ? form.dataset.refused : `${report.applied ? form.dataset.applied : form.dataset.checked} ${counts}`;
    target.append(summary);
    if (!report.errors?.length) return;
    const wrap = document.createElement('div');
    wrap.className = 'table-wrap';
    // Only text inside: the box is made focusable, so that a keyboard can scroll it on a phone.
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-labelledby', summary.id);
    const table = document.createElement('table');
    table.className = 'import-report';
    const head = table.createTHead().insertRow();
    for (const name of form.dataset.columns.split('|')) {
      const th = document.createElement('th');
      th.textContent = name;
      head.append(th);
    }
    const body = table.createTBody();
    for (const error of report.errors) {
      const row = body.insertRow();
      [error.sheet, error.row, error.column, error.message].forEach(value => cell(row, value));
    }
    wrap.append(table);
    target.append(wrap);
  };

  document.addEventListener('submit', async event => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.dataset.import) return;
    event.preventDefault();
    const error = form.querySelector('[data-error]');
    const file = form.querySelector('input[type=file]');
    error.textContent = '';
    form.querySelector('[data-report]').replaceChildren();
    if (file.files.length === 0) { error.textContent = form.dataset.needsFile; return; }
    const buttons = [...form.querySelectorAll('button')];
    buttons.forEach(b => { b.disabled = true; });
    try {
      const data = new FormData();
      data.append('file', file.files[0]);
      const dryRun = event.submitter?.value === 'true';
      const response = await fetch(`${form.dataset.import}?dryRun=${dryRun}`, {
        // The refusals come back in the page's language.
        method: 'POST', credentials: 'same-origin', headers: { 'X-CSRF-TOKEN': csrf(), 'Accept': 'application/json', 'Accept-Language': document.documentElement.lang || 'en' }, body: data,
      });
      const answer = await response.json().catch(() => ({}));
      if (response.ok || response.status === 422) render(form, answer, response.status);
      else error.textContent = answer.errors ? Object.values(answer.errors).flat().join(' ') : (answer.detail || answer.title || `${response.status}`);
    } catch {
      error.textContent = document.querySelector('meta[name="form-messages"]')?.dataset.network || 'No connection to the server.';
    } finally {
      buttons.forEach(b => { b.disabled = false; });
    }
  });
})();
