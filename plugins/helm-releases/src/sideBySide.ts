/** One side of a row: a line number of that side and its text. */
export interface DiffCell {
  line: number;
  text: string;
  kind: 'context' | 'removed' | 'added';
}

/** A row of a side-by-side view: the old side left, the new side right, or a hunk header. */
export interface DiffRow {
  left?: DiffCell;
  right?: DiffCell;
  hunk?: string;
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@(.*)$/;

/**
 * Lays a unified diff (as the backend answers it) out side by side: context lines on both sides,
 * and each run of removed lines paired with the run of added lines after it, as a diff viewer
 * shows a changed block. File headers (`---`, `+++`, `Index:`, `===`) are left out.
 */
export function sideBySide(diff: string): DiffRow[] {
  const rows: DiffRow[] = [];
  let removed: DiffCell[] = [];
  let added: DiffCell[] = [];
  let oldLine = 0;
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;

  const flush = () => {
    for (let i = 0; i < Math.max(removed.length, added.length); i++) {
      rows.push({ left: removed[i], right: added[i] });
    }
    removed = [];
    added = [];
  };

  for (const line of diff.split('\n')) {
    const hunk = oldLeft <= 0 && newLeft <= 0 ? HUNK.exec(line) : null;
    if (hunk) {
      flush();
      oldLine = Number(hunk[1]);
      newLine = Number(hunk[3]);
      oldLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
      newLeft = hunk[4] === undefined ? 1 : Number(hunk[4]);
      rows.push({ hunk: line });
      continue;
    }
    // Outside a hunk only headers come; a hunk's lines are counted by its header.
    if (oldLeft <= 0 && newLeft <= 0) continue;
    const text = line.slice(1);
    if (line.startsWith('-')) {
      removed.push({ line: oldLine++, text, kind: 'removed' });
      oldLeft--;
    } else if (line.startsWith('+')) {
      added.push({ line: newLine++, text, kind: 'added' });
      newLeft--;
    } else if (line.startsWith('\\')) {
      // "\ No newline at end of file": not a line of either side.
    } else {
      flush();
      rows.push({
        left: { line: oldLine++, text, kind: 'context' },
        right: { line: newLine++, text, kind: 'context' },
      });
      oldLeft--;
      newLeft--;
    }
  }
  flush();
  return rows;
}
