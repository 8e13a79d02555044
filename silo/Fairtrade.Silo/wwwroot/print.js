// A Print button (the shopping guide, a declaration's receipt) opens the browser's print dialog, which also saves a
// PDF. Without a script the button stays hidden, so nobody meets a button that does nothing.
(() => {
  for (const button of document.querySelectorAll('button[data-print]')) {
    button.addEventListener('click', () => window.print());
    button.hidden = false;
  }
})();
