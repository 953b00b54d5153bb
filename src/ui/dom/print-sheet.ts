// Printing one sheet of the page (the teacher's guide, the briefs): the print stylesheet shows
// only the sheet named on the root while the browser prints.

export function printSheet(name: string): void {
  const root = document.documentElement;
  root.dataset.print = name;
  const done = () => {
    delete root.dataset.print;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
