/** A <tbody> for rows of text cells; the first cell of each row is its header (th scope="row"). */
export function tableBody(rows: readonly (readonly string[])[]): HTMLTableSectionElement {
  const body = document.createElement('tbody');
  for (const row of rows) {
    const tr = body.insertRow();
    row.forEach((cell, i) => {
      const element = document.createElement(i === 0 ? 'th' : 'td');
      if (element instanceof HTMLTableCellElement && i === 0) element.scope = 'row';
      element.textContent = cell;
      tr.append(element);
    });
  }
  return body;
}
