/**
 * The matrix element's logic without a DOM, so that it can be tested on its own: the selection block, what
 * each key does, whether a paste is a block, the copied text, and the edit handshake with the server (a cell
 * shows what was typed until the server answers with new values).
 */

export interface Cell {
  r: number;
  c: number;
}

/** The rows r0…r1 and columns c0…c1 (inclusive) between the anchor and the cursor. */
export interface Block {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

/** The block from `anchor` (or the cursor alone when there is none) to `selected`; null with no cursor. */
export function selectionBlock(selected: Cell | null, anchor: Cell | null): Block | null {
  if (!selected) return null;
  const a = anchor ?? selected;
  return {
    r0: Math.min(a.r, selected.r),
    r1: Math.max(a.r, selected.r),
    c0: Math.min(a.c, selected.c),
    c1: Math.max(a.c, selected.c),
  };
}

export function inBlock(block: Block | null, r: number, c: number): boolean {
  return block !== null && r >= block.r0 && r <= block.r1 && c >= block.c0 && c <= block.c1;
}

/** The nearest cell of a rows×cols table. */
export function clampCell(r: number, c: number, rows: number, cols: number): Cell {
  return { r: Math.max(0, Math.min(rows - 1, r)), c: Math.max(0, Math.min(cols - 1, c)) };
}

export interface Keys {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** What a key does in a table that is not editing; null leaves it to the browser. */
export type KeyAction =
  | { kind: 'move'; dr: number; dc: number; extend: boolean }
  | { kind: 'select'; to: Cell }
  | { kind: 'edit'; initial: string | null }
  | { kind: 'collapse' };

export function navigationKey(e: Keys, cur: Cell, rows: number, cols: number, editable: boolean): KeyAction | null {
  switch (e.key) {
    case 'ArrowUp':
      return { kind: 'move', dr: -1, dc: 0, extend: e.shiftKey };
    case 'ArrowDown':
      return { kind: 'move', dr: 1, dc: 0, extend: e.shiftKey };
    case 'ArrowLeft':
      return { kind: 'move', dr: 0, dc: -1, extend: e.shiftKey };
    case 'ArrowRight':
      return { kind: 'move', dr: 0, dc: 1, extend: e.shiftKey };
    case 'Home':
      return { kind: 'select', to: { r: cur.r, c: 0 } };
    case 'End':
      return { kind: 'select', to: { r: cur.r, c: cols - 1 } };
    case 'Tab': {
      // Row after row; past either end Tab leaves the table, as it would any other.
      const next = cur.r * cols + cur.c + (e.shiftKey ? -1 : 1);
      return next >= 0 && next < rows * cols
        ? { kind: 'select', to: { r: Math.floor(next / cols), c: next % cols } }
        : null;
    }
    case 'Enter':
    case 'F2':
      return editable ? { kind: 'edit', initial: null } : null;
    case 'Backspace':
    case 'Delete':
      return editable ? { kind: 'edit', initial: '' } : null;
    case 'Escape':
      return { kind: 'collapse' };
    default:
      return editable && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey
        ? { kind: 'edit', initial: e.key }
        : null;
  }
}

/** What a key does while a cell is being edited; null leaves it to the input. */
export type EditKeyAction = { kind: 'commit'; dr: number; dc: number } | { kind: 'cancel' };

export function editingKey(e: Keys): EditKeyAction | null {
  switch (e.key) {
    case 'Enter':
      return { kind: 'commit', dr: 1, dc: 0 };
    case 'Tab':
      return { kind: 'commit', dr: 0, dc: e.shiftKey ? -1 : 1 };
    case 'Escape':
      return { kind: 'cancel' };
    default:
      return null;
  }
}

/**
 * Whether pasted text is a block (a spreadsheet's tabs and lines, CSV, a NumPy or Python literal) that the
 * server parses and spreads from the cell, rather than one value typed into an open editor.
 */
export function isBlockPaste(text: string): boolean {
  const t = text.trim();
  return /[\t\n\r]|^\s*(\[|np\.array|array)/.test(t) || t.includes(',');
}

/** The block's values (Java's Double.toString, full precision) as tab-separated lines, as spreadsheets paste. */
export function copyText(values: string[], cols: number, block: Block): string {
  const lines: string[] = [];
  for (let r = block.r0; r <= block.r1; r++) {
    const cells: string[] = [];
    for (let c = block.c0; c <= block.c1; c++) {
      cells.push(values[r * cols + c]);
    }
    lines.push(cells.join('\t'));
  }
  return lines.join('\n');
}

/** What a cell shows: the text of an invalid cell, else the text sent and not yet answered, else the value. */
export function shownText(
  invalidText: string | undefined,
  pendingText: string | undefined,
  javaDouble: string,
  format: (value: number) => string,
): string {
  return invalidText ?? pendingText ?? format(Number(javaDouble));
}

/** The text an editor opens with: what was typed to open it, else what the cell shows as a person types it. */
export function editorText(
  initial: string | null,
  invalidText: string | undefined,
  pendingText: string | undefined,
  typed: string,
): string {
  return initial ?? invalidText ?? pendingText ?? typed;
}

/**
 * Whether a committed edit goes to the server: only when the text differs from what the cell held (its invalid
 * text, or its value as a person types it). Until the server answers with new values the cell is pending and
 * shows the text sent.
 */
export function editChanges(text: string, invalidText: string | undefined, typed: string): boolean {
  return text !== (invalidText ?? typed);
}

/** The mark of a cell whose value the server did not send (hidden for practice) in a packed list. */
const HIDDEN = '_';

/**
 * The values of a packed list: Java's Double.toString of each value, row after row, separated by single spaces,
 * with `_` for a cell whose value is not sent. One string instead of a list of strings costs the server and the
 * page far less for tables of thousands of cells.
 */
export function unpackValues(packed: string): (string | null)[] {
  if (packed === '') return [];
  return packed.split(' ').map((v) => (v === HIDDEN ? null : v));
}

/**
 * Whether a table shows a placeholder of its size instead of its cells: a windowed table (the server says which,
 * DD015) that is not near the window. The other tables are always drawn, so that the worked example and every
 * small network keep every cell in the page.
 */
export function drawsPlaceholder(windowed: boolean, nearWindow: boolean): boolean {
  return !nearWindow && windowed;
}

/** What decides which cells a table has in the page. */
export interface CellsShape {
  rows: number;
  cols: number;
  editable: boolean;
  windowed?: boolean;
}

/**
 * Whether a table sent again keeps the cells it has, so that only their values need writing: the same size, the
 * same editability, and windowed both times or neither (DD015: a windowed table has only the part in view).
 */
export function sameCells(before: CellsShape, after: CellsShape): boolean {
  return (
    before.rows === after.rows &&
    before.cols === after.cols &&
    before.editable === after.editable &&
    !!before.windowed === !!after.windowed
  );
}

/** The rows [r0, r1) and columns [c0, c1) of a table that are drawn. */
export interface Span {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

/**
 * Where a large table is, in CSS pixels: the top of its first row of values from the top of the window, the
 * window's height, how far the table is scrolled sideways in its element and that element's width, and the
 * size of a row, a column and the column of row numbers.
 */
export interface TableGeometry {
  rows: number;
  cols: number;
  top: number;
  viewHeight: number;
  scrollLeft: number;
  viewWidth: number;
  rowHeight: number;
  colWidth: number;
  headWidth: number;
}

/** Rows and columns are drawn in blocks of these, so that scrolling a little draws nothing new. */
export const ROW_BLOCK = 8;
export const COL_BLOCK = 4;

/**
 * The cells of a large table that are drawn (DD014): those within half a window of what is in view, down the
 * window and across the table's own scroller, widened to whole blocks and to take in `keep` (the selected cell,
 * so that it can hold the focus).
 */
export function drawnSpan(g: TableGeometry, keep: Cell | null): Span {
  const clamp = (v: number, hi: number) => Math.max(0, Math.min(hi, v));
  const below = g.viewHeight / 2;
  const aside = g.viewWidth / 2;
  const left = g.scrollLeft - g.headWidth;
  let r0 = clamp(Math.floor(Math.floor((-below - g.top) / g.rowHeight) / ROW_BLOCK) * ROW_BLOCK, g.rows);
  let r1 = clamp(Math.ceil(Math.ceil((g.viewHeight + below - g.top) / g.rowHeight) / ROW_BLOCK) * ROW_BLOCK, g.rows);
  let c0 = clamp(Math.floor(Math.floor((left - aside) / g.colWidth) / COL_BLOCK) * COL_BLOCK, g.cols);
  let c1 = clamp(Math.ceil(Math.ceil((left + g.viewWidth + aside) / g.colWidth) / COL_BLOCK) * COL_BLOCK, g.cols);
  r1 = Math.max(r0, r1);
  c1 = Math.max(c0, c1);
  if (keep && keep.r < g.rows && keep.c < g.cols) {
    r0 = Math.min(r0, keep.r);
    r1 = Math.max(r1, keep.r + 1);
    c0 = Math.min(c0, keep.c);
    c1 = Math.max(c1, keep.c + 1);
  }
  return { r0, r1, c0, c1 };
}

/** Whether two spans draw the same cells. */
export function sameSpan(a: Span | null, b: Span | null): boolean {
  return !!a && !!b && a.r0 === b.r0 && a.r1 === b.r1 && a.c0 === b.c0 && a.c1 === b.c1;
}
