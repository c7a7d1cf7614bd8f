/**
 * A table that stacks on a narrow screen: each row becomes a small card whose cells name their
 * column (the `stacking` class in styles.css reads `data-label`). The table stays a table for a
 * screen reader; only its look changes.
 */
export function stackingTable(table: HTMLTableElement): HTMLTableElement {
  const headers = [...table.querySelectorAll('thead th')].map((th) => (th.textContent ?? '').trim());
  for (const row of table.tBodies[0]?.rows ?? []) {
    [...row.cells].forEach((cell, i) => {
      const label = headers[i] ?? '';
      if (label !== '') cell.dataset.label = label;
    });
  }
  table.classList.add('stacking');
  return table;
}
