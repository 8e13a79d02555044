// The shopping guide's Print button opens the browser's print dialog. Without a script the button stays hidden, so
// nobody meets a button that does nothing; the browser's own menu prints the page either way.
(() => {
  for (const button of document.querySelectorAll('button[data-print]')) {
    button.addEventListener('click', () => window.print());
    button.hidden = false;
  }
})();
