import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { editText, formatNumber } from './bpl-format';
import {
  type Block,
  type Cell,
  clampCell,
  copyText,
  drawnSpan,
  drawsPlaceholder,
  sameCells,
  editChanges,
  editingKey,
  editorText,
  inBlock,
  isBlockPaste,
  navigationKey,
  sameSpan,
  selectionBlock,
  type Span,
  type TableGeometry,
  shownText,
  unpackValues,
} from './bpl-grid';

/** The height of a table's row as last drawn on the page, for the size of placeholders not drawn yet (DD012). */
let drawnRowHeight = 32;

/** What a drawn card adds to its table's height, and a drawn table's column width, as last measured. */
let cardChrome = 110;
let drawnColWidth = 80;

/** The width of a digit in a table's font, as last measured: a drawn part's columns are sized from it. */
let digitWidth = 8.4;

/** The height of a row of values of a table drawn in part, as last measured from its drawn rows. */
let partRowHeight = 32;

/** The column of row numbers in a table drawn in part (DD014). */
const HEAD_WIDTH = 48;

/** The document event a table sends when it takes the page's one selection. */
const SELECTION_MOVED = 'bpl-selection-moved';

/**
 * Tables whose overflow is to be measured in the next frame. Measuring reads the layout: done for every table
 * at once, all reads before all writes, a page of 35 tables is laid out once instead of once a table (which
 * cost about half a second of a first visit's rendering). Only tables near the window are measured; the others
 * when they come near. Reading a far table's layout would lay out the cards that content-visibility skips
 * (1.2 s of the spirals' first visit, with its 12,000 cells).
 */
const overflowChecks = new Set<BplMatrix>();

function checkOverflowSoon(table: BplMatrix) {
  if (overflowChecks.size === 0) requestAnimationFrame(checkOverflows);
  overflowChecks.add(table);
}

function checkOverflows() {
  const tables = [...overflowChecks].filter((t) => t.isConnected && t.isNearWindow());
  overflowChecks.clear();
  const measured = tables.map((t) => t.measureOverflow());
  tables.forEach((t, i) => t.showOverflow(measured[i]));
}

/**
 * What the server sends: the values as Java's Double.toString writes them, row after row; null for a cell
 * hidden for practice (its value never reaches the page). The server packs them into one string
 * (`packed`, see unpackValues), which the element unpacks into `values` when it arrives. A windowed table away
 * from the window comes `deferred`, without values: it asks for them (`bpl-near`) when it comes near (DD013).
 */
interface MatrixData {
  name: string;
  rows: number;
  cols: number;
  values: (string | null)[];
  packed?: string;
  deferred?: boolean;
  /**
   * Whether the table is windowed (DD015): drawn only near the window, and there only the part in view, its values
   * sent only then (DD012–DD014). The server chooses: the page's largest tables, until the rest hold at most 2,500
   * cells.
   */
  windowed?: boolean;
  editable: boolean;
}

/** A cell of a practised table: hidden (no value), or answered (correct, wrong) or revealed by a hint. */
interface PracticeCell {
  state: 'hidden' | 'correct' | 'wrong' | 'revealed';
  text: string;
  message?: string;
}

/** Practice mode of the table: open takes answers, waiting stays hidden, solved shows the answers. */
interface PracticeData {
  mode: '' | 'open' | 'waiting' | 'solved';
  cells: Record<string, PracticeCell>;
}

/** A drawn cell, with what syncValues() last wrote into it. */
interface ShownCell extends HTMLElement {
  shownValue?: string | null;
  shownText?: string;
  /** Its aria-label. */
  spokenText?: string;
}

interface InvalidCell {
  text: string;
  message: string;
}

/**
 * A small matrix as a plain table, like a spreadsheet: click or move with the arrow keys and Tab; Enter,
 * F2, a double click or typing starts editing; Enter commits, Escape cancels; paste fills a block from
 * the selected cell; copy gives the full-precision values. Rendered in the light DOM, so that every cell
 * (with data-row, data-col and data-value) is reachable from the page.
 */
export class BplMatrix extends LitElement {
  static properties = {
    matrix: { type: Object },
    digits: { type: Number },
    heat: { type: Boolean },
    heatMax: { type: Number },
    changed: { type: Array },
    batch: { type: Array },
    invalid: { type: Object },
    practice: { type: Object },
    label: { type: String },
    cursor: { type: Object },
    selected: { state: true },
    anchor: { state: true },
    editing: { state: true },
    pending: { state: true },
  };

  // Reactive properties are declared, not initialised, as class fields (Lit's rule for standard class fields:
  // an initialised field would shadow the accessor Lit defines); their defaults are set in the constructor.
  declare matrix: MatrixData;
  declare digits: number;
  declare heat: boolean;
  /** The largest |value| of the page's one colour scale, or 0 when each table has its own. */
  declare heatMax: number;
  declare changed: number[];
  /** The rows [from, to) of the current mini-batch, marked data-batch="current"; empty when none is marked. */
  declare batch: number[];
  declare invalid: Record<string, InvalidCell>;
  declare practice: PracticeData;
  declare label: string;
  /** The page's selected cell when it is in this table, else null: set by the server (e.g. from a link). */
  declare cursor: Cell | null;
  declare selected: Cell | null;
  declare anchor: Cell | null;
  declare editing: { r: number; c: number; text: string } | null;
  declare pending: Record<string, string>;
  private resizeObserver: ResizeObserver | null = null;
  private intersection: IntersectionObserver | null = null;
  /** Whether the table is in or near the window; windowed tables are drawn only then (DD012). */
  private nearWindow = typeof IntersectionObserver === 'undefined';
  private showsPlaceholder = false;
  /** The height the table had when it was last drawn, which its placeholder keeps. */
  private drawnHeight = 0;
  /** The cells of a windowed table drawn now (DD014); null until it is drawn, or to be worked out again. */
  private span: Span | null = null;
  private spanFrame = 0;
  private refocus = false;

  constructor() {
    super();
    this.matrix = { name: '', rows: 0, cols: 0, values: [], editable: false };
    this.digits = 5;
    this.heat = false;
    this.heatMax = 0;
    this.changed = [];
    this.batch = [];
    this.invalid = {};
    this.practice = { mode: '', cells: {} };
    this.label = '';
    this.cursor = null;
    this.selected = null;
    this.anchor = null;
    this.editing = null;
    this.pending = {};
  }

  protected createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener(SELECTION_MOVED, this.onSelectionMoved);
    this.addEventListener('scroll', this.onOwnScroll);
    window.addEventListener('scroll', this.onWindowScroll, { passive: true });
    this.resizeObserver = new ResizeObserver(() => {
      checkOverflowSoon(this);
      this.spanSoon();
    });
    this.resizeObserver.observe(this);
    if (typeof IntersectionObserver !== 'undefined') {
      // Near means within one window's height above or below: scrolling finds the next tables drawn.
      this.intersection = new IntersectionObserver(this.onIntersection, { rootMargin: '100% 0px' });
      this.intersection.observe(this);
    }
    this.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('paste', this.onPaste);
    this.addEventListener('copy', this.onCopy);
  }

  disconnectedCallback() {
    document.removeEventListener(SELECTION_MOVED, this.onSelectionMoved);
    this.removeEventListener('scroll', this.onOwnScroll);
    window.removeEventListener('scroll', this.onWindowScroll);
    cancelAnimationFrame(this.spanFrame);
    this.resizeObserver?.disconnect();
    this.intersection?.disconnect();
    this.removeEventListener('keydown', this.onKeyDown);
    this.removeEventListener('paste', this.onPaste);
    this.removeEventListener('copy', this.onCopy);
    super.disconnectedCallback();
  }

  private onIntersection = (entries: IntersectionObserverEntry[]) => {
    const near = entries[entries.length - 1].isIntersecting;
    if (near === this.nearWindow) return;
    this.nearWindow = near;
    // The server sends a windowed table's values only while it is near the window (DD013).
    if (this.matrix.windowed) this.tellNear(near);
    if (near && this.showsPlaceholder) this.requestUpdate();
    if (near) checkOverflowSoon(this);
  };

  private onOwnScroll = () => {
    this.markOverflow();
    this.spanSoon();
  };

  private onWindowScroll = () => this.spanSoon();

  /** Whether only the part of the table in view is drawn: a windowed table, near the window (DD014). */
  private drawnInPart(): boolean {
    return !!this.matrix.windowed && !this.showsPlaceholder && this.nearWindow;
  }

  /** In the next frame, draws the part of a windowed table now in view, if another part is drawn. */
  private spanSoon() {
    if (this.spanFrame || !this.drawnInPart() || !this.span) return;
    this.spanFrame = requestAnimationFrame(() => {
      this.spanFrame = 0;
      if (!this.drawnInPart()) return;
      const next = drawnSpan(this.geometry(), this.selected);
      if (!sameSpan(next, this.span)) {
        this.span = next;
        this.requestUpdate();
      }
    });
  }

  /** Where the table is and how large its rows and columns are (reads the layout). */
  private geometry(): TableGeometry {
    const m = this.matrix;
    const rect = this.getBoundingClientRect();
    return {
      rows: m.rows,
      cols: m.cols,
      top: rect.top + partRowHeight,
      viewHeight: window.innerHeight,
      scrollLeft: this.scrollLeft,
      viewWidth: this.clientWidth || rect.width,
      rowHeight: partRowHeight,
      colWidth: this.colWidth(),
      headWidth: HEAD_WIDTH,
    };
  }

  /**
   * A column of a table drawn in part: as wide as the longest number at the chosen digits, "−0.00037193" or
   * "−1.2345e−10" (digits + 6 characters; one more for the minus sign, wider than a digit), and the padding.
   */
  private colWidth(): number {
    return Math.max(104, Math.ceil(digitWidth * (this.digits + 7)) + 24);
  }

  /** The cells drawn: every cell, or the part of a windowed table in view. */
  private drawnCells(): Span {
    const m = this.matrix;
    return this.span && this.drawnInPart() ? this.span : { r0: 0, r1: m.rows, c0: 0, c1: m.cols };
  }

  private tellNear(near: boolean) {
    this.dispatchEvent(new CustomEvent('bpl-near', { detail: near }));
  }

  /** Another table took the page's one selection: this one lets go of its own. */
  private onSelectionMoved = (e: Event) => {
    if ((e as CustomEvent).detail !== this && (this.selected || this.anchor)) {
      this.selected = null;
      this.anchor = null;
    }
  };

  protected willUpdate(changed: PropertyValues) {
    if (changed.has('cursor')) {
      // The server says where the page's selection is. A table that has a selection of its own keeps it:
      // the server's word may be older than the keys the user pressed since (it catches up on its own).
      const c = this.cursor;
      if (!c) {
        this.selected = null;
        this.anchor = null;
      } else if (!this.selected) {
        this.selected = { r: c.r, c: c.c };
        this.anchor = null;
      }
    }
    // Rows and cells are reused for others when the part drawn moves: the focus goes back to the selected one.
    if (this.drawnInPart() && this.contains(document.activeElement)) this.refocus = true;
    const old = changed.get('matrix') as MatrixData | undefined;
    if (old && !sameCells(old, { ...this.matrix, editable: old.editable })) this.span = null;
    if (changed.has('digits')) this.span = null;
    const sel = this.selected;
    if (
      sel &&
      this.span &&
      (sel.r < this.span.r0 || sel.r >= this.span.r1 || sel.c < this.span.c0 || sel.c >= this.span.c1)
    ) {
      // The selected cell is drawn, so that it can take the focus.
      this.span = null;
    }
    if (changed.has('matrix') || changed.has('practice')) {
      // The server's answer came (new values, or the verdict of an answer to practice).
      this.pending = {};
      const m = this.matrix;
      if (this.selected && (this.selected.r >= m.rows || this.selected.c >= m.cols)) {
        this.selected = null;
        this.anchor = null;
      }
    }
  }

  protected updated() {
    this.syncValues();
    if (this.refocus) {
      this.refocus = false;
      const s = this.selected;
      const td = s && this.querySelector<HTMLElement>(`td[data-row="${s.r}"][data-col="${s.c}"]`);
      if (td && !this.editing && document.activeElement !== td) td.focus({ preventScroll: true });
    }
    this.estimateCardSize();
    checkOverflowSoon(this);
    if (this.editing) {
      const input = this.querySelector<HTMLInputElement>('input.bpl-cell-input');
      if (input && document.activeElement !== input) {
        input.focus();
        input.setSelectionRange(input.value.length, input.value.length);
      }
    }
  }

  private value(r: number, c: number): string {
    return this.matrix.values[r * this.matrix.cols + c] ?? '';
  }

  private practiceCell(r: number, c: number): PracticeCell | undefined {
    return this.practice?.cells?.[`${r},${c}`];
  }

  /** Whether (r, c) takes typing: a cell of an input table, or an unsolved cell of a table open for practice. */
  private canEdit(r: number, c: number): boolean {
    if (this.matrix.editable) return true;
    const p = this.practiceCell(r, c);
    return this.practice?.mode === 'open' && !!p && (p.state === 'hidden' || p.state === 'wrong');
  }

  render() {
    const m = this.matrix;
    this.showsPlaceholder = this.wantsPlaceholder();
    if (this.showsPlaceholder) {
      // A windowed table away from the window: its size, and its cells once it comes near (DD012, DD013).
      const height = this.drawnHeight || Math.round(drawnRowHeight * (m.rows + 1));
      // As wide as the table will be, so that the card takes the place in its row that the table will.
      const width = Math.round(drawnColWidth * (m.cols + 1));
      return html`<div class="bpl-deferred" style="height:${height}px;width:${width}px;max-width:100%" aria-busy="true">
        ${m.rows} × ${m.cols} values, ${this.nearWindow ? 'loading' : 'drawn when scrolled into view'}
      </div>`;
    }
    let max = this.heatMax > 0 ? this.heatMax : 0;
    if (this.heat && max === 0) {
      for (const v of m.values) {
        if (v === null) continue;
        const x = Math.abs(Number(v));
        if (Number.isFinite(x)) max = Math.max(max, x);
      }
    }
    const changed = new Set(this.changed ?? []);
    const block = selectionBlock(this.selected, this.anchor);
    if (m.windowed && this.nearWindow) {
      return this.renderPart(max, changed, block);
    }
    const cols = Array.from({ length: m.cols }, (_, c) => c);
    return html`
      <table
        role="grid"
        aria-label=${this.label || m.name}
        aria-readonly=${m.editable || this.practice?.mode === 'open' ? 'false' : 'true'}
        @mousedown=${this.onTableMouseDown}
        @dblclick=${this.onTableDblClick}
        @focusin=${this.onTableFocusIn}
        @mouseover=${this.onTableMouseOver}
      >
        <thead>
          <tr>
            <th class="corner" aria-hidden="true"></th>
            ${cols.map((c) => html`<th scope="col" class="index">${c}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${Array.from(
            { length: m.rows },
            (_, r) => html`<tr>
              <th scope="row" class="index">${r}</th>
              ${cols.map((c) => this.renderCell(r, c, max, changed, block))}
            </tr>`,
          )}
        </tbody>
      </table>
    `;
  }

  /**
   * A windowed table drawn in part (DD014): the rows and columns near the window, between empty cells as large as
   * those not drawn, in columns of one width (fixed layout), so that the table has its full size and scrolls
   * as if every cell were there. The grid says how many rows and columns it has and where each one drawn is.
   */
  private renderPart(max: number, changed: Set<number>, block: Block | null) {
    const m = this.matrix;
    this.span ??= drawnSpan(this.geometry(), this.selected);
    const s = this.span;
    const colW = this.colWidth();
    const cols = Array.from({ length: s.c1 - s.c0 }, (_, i) => s.c0 + i);
    const left = s.c0 * colW;
    const right = (m.cols - s.c1) * colW;
    const across = 1 + (left > 0 ? 1 : 0) + cols.length + (right > 0 ? 1 : 0);
    const gapRow = (rows: number) =>
      rows > 0
        ? html`<tr class="gap" aria-hidden="true">
            <td class="gap" colspan=${across} style=${`height:${rows * partRowHeight}px`}></td>
          </tr>`
        : nothing;
    const gapCell = (width: number) => (width > 0 ? html`<td class="gap" aria-hidden="true"></td>` : nothing);
    return html`
      <table
        role="grid"
        class="drawn-in-part"
        style=${`width:${HEAD_WIDTH + m.cols * colW}px`}
        aria-label=${this.label || m.name}
        aria-readonly=${m.editable || this.practice?.mode === 'open' ? 'false' : 'true'}
        aria-rowcount=${m.rows + 1}
        aria-colcount=${m.cols + 1}
        @mousedown=${this.onTableMouseDown}
        @dblclick=${this.onTableDblClick}
        @focusin=${this.onTableFocusIn}
        @mouseover=${this.onTableMouseOver}
      >
        <thead>
          <tr aria-rowindex="1">
            <th class="corner" aria-hidden="true" style=${`width:${HEAD_WIDTH}px`}></th>
            ${left > 0 ? html`<th class="gap" aria-hidden="true" style=${`width:${left}px`}></th>` : nothing}
            ${cols.map(
              (c) => html`<th scope="col" class="index" aria-colindex=${c + 2} style=${`width:${colW}px`}>${c}</th>`,
            )}
            ${right > 0 ? html`<th class="gap" aria-hidden="true" style=${`width:${right}px`}></th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${gapRow(s.r0)}
          ${Array.from(
            { length: s.r1 - s.r0 },
            (_, i) => html`<tr aria-rowindex=${s.r0 + i + 2}>
              <th scope="row" class="index">${s.r0 + i}</th>
              ${gapCell(left)} ${cols.map((c) => this.renderCell(s.r0 + i, c, max, changed, block, c + 2))} ${gapCell(right)}
            </tr>`,
          )}
          ${gapRow(m.rows - s.r1)}
        </tbody>
      </table>
    `;
  }

  /** A value cell; `colIndex` is its aria-colindex in a table drawn in part, where not every column is there. */
  private renderCell(r: number, c: number, max: number, changed: Set<number>, block: Block | null, colIndex?: number) {
    const v = Number(this.value(r, c));
    const key = `${r},${c}`;
    const practised = this.practiceCell(r, c);
    const bad =
      this.invalid?.[key] ?? (practised?.message ? { text: practised.text, message: practised.message } : undefined);
    const isSelected = inBlock(block, r, c);
    const isCursor = this.selected?.r === r && this.selected?.c === c;
    const editing = this.editing !== null && this.editing.r === r && this.editing.c === c;
    const classes = ['cell'];
    if (isSelected) classes.push('selected');
    if (isCursor) classes.push('cursor');
    if (bad) classes.push('invalid');
    if (this.pending[key] !== undefined) classes.push('pending');
    if (changed.has(r * this.matrix.cols + c)) classes.push('changed');
    if (editing) classes.push('editing');
    if (practised) classes.push(`practice-${practised.state}`);
    if (practised && this.canEdit(r, c)) classes.push('practice-open');
    const inBatch = this.batch?.length === 2 && r >= this.batch[0] && r < this.batch[1];
    if (inBatch) classes.push('batch');
    let style = '';
    if (this.heat && max > 0 && Number.isFinite(v) && v !== 0) {
      classes.push(v > 0 ? 'pos' : 'neg');
      style = `--heat:${(Math.abs(v) / max).toFixed(3)}`;
    }
    // The value (text and data-value) is written by syncValues(), not bound here, so that an update that
    // only brings new numbers can skip this template for thousands of cells.
    return html`<td
      class=${classes.join(' ')}
      style=${style}
      role="gridcell"
      aria-colindex=${colIndex ?? nothing}
      data-row=${r}
      data-col=${c}
      data-batch=${inBatch ? 'current' : nothing}
      data-invalid=${bad && !practised ? 'true' : nothing}
      data-practice=${practised ? practised.state : nothing}
      aria-invalid=${bad ? 'true' : nothing}
      aria-selected=${isSelected ? 'true' : 'false'}
      title=${bad ? bad.message : nothing}
      tabindex=${isCursor || (!this.selected && r === 0 && c === 0) ? 0 : -1}
    ><span class="v"></span>${
      editing
        ? html`<input
          class="bpl-cell-input"
          aria-label=${`${this.matrix.name}, row ${r}, column ${c}`}
          .value=${this.editing!.text}
          @input=${(e: InputEvent) => (this.editing = { r, c, text: (e.target as HTMLInputElement).value })}
          @blur=${() => this.commitEdit(0, 0, false)}
        />`
        : nothing
    }</td>`;
  }

  /**
   * Writes every cell's data-value (Java's Double.toString) and shown text: the typed text of an invalid or
   * pending cell, otherwise the number to the chosen digits. Touches only what changed.
   */
  private syncValues() {
    const m = this.matrix;
    const cells = this.querySelectorAll<ShownCell>('td[data-row]');
    const s = this.drawnCells();
    const across = s.c1 - s.c0;
    // Keys ("r,c") only where a cell may be marked: building 10,000 of them per update costs.
    const marked =
      Object.keys(this.practice?.cells ?? {}).length > 0 ||
      Object.keys(this.invalid ?? {}).length > 0 ||
      Object.keys(this.pending).length > 0;
    for (let n = 0; n < cells.length && n < m.values.length; n++) {
      const td = cells[n];
      const r = s.r0 + Math.floor(n / across);
      const c = s.c0 + (n % across);
      const i = r * m.cols + c;
      const raw = m.values[i];
      const key = marked ? `${r},${c}` : '';
      const practised = marked ? this.practice?.cells?.[key] : undefined;
      // What the cell was last given is kept on it: comparing with that is about 5× cheaper than reading
      // the attribute back through dataset, and only syncValues() writes these (DD014).
      if (td.shownValue !== raw) {
        if (raw === null) td.removeAttribute('data-value');
        else td.setAttribute('data-value', raw);
        td.shownValue = raw;
      }
      // A practised cell has no value in the page: it shows what was typed into it, or nothing.
      const text =
        raw === null
          ? ((marked ? (this.invalid?.[key]?.text ?? this.pending[key]) : undefined) ?? practised?.text ?? '')
          : marked
            ? shownText(this.invalid?.[key]?.text, this.pending[key], raw, (v) => formatNumber(v, this.digits))
            : formatNumber(Number(raw), this.digits);
      // What a screen reader says on arriving at the cell: "W1, row 0, column 1: 0.00057812".
      const spoken = text === '' && practised ? 'hidden, to work out' : text;
      if (td.shownText !== text) {
        const span = td.firstElementChild as HTMLElement;
        const node = span.firstChild;
        if (node instanceof Text) node.data = text;
        else span.textContent = text;
        td.shownText = text;
      }
      const label = `${m.name}, row ${r}, column ${c}: ${spoken}`;
      if (td.spokenText !== label) {
        td.setAttribute('aria-label', label);
        td.spokenText = label;
      }
    }
  }

  /** Whether the table draws a placeholder: windowed and away from the window, or its values not sent (DD012, DD013). */
  private wantsPlaceholder(): boolean {
    const m = this.matrix;
    return drawsPlaceholder(!!m.windowed, this.nearWindow) || !!m.deferred;
  }

  /** Whether the table is within a window's height of the window (always, where there is no IntersectionObserver). */
  isNearWindow(): boolean {
    return this.nearWindow;
  }

  /**
   * Sizes the card for while content-visibility skips it, from the table's shape: a card never laid out would
   * otherwise count as the 14rem of styles.css (a 64-row table is 2,200 px), and the page would jump as cards
   * above a table scrolled to are laid out. Once laid out, the card keeps its real size (`auto`).
   */
  private estimateCardSize() {
    const card = this.closest<HTMLElement>('.matrix-card');
    const m = this.matrix;
    if (!card || m.rows === 0) return;
    const height = Math.round(cardChrome + (this.drawnHeight || drawnRowHeight * (m.rows + 1)));
    const width = Math.round(drawnColWidth * (m.cols + 1) + 32);
    const size = `auto ${width}px auto ${height}px`;
    // Written only when it changes: every table runs this after every update.
    if (card.style.getPropertyValue('contain-intrinsic-size') !== size) {
      card.style.setProperty('contain-intrinsic-size', size);
    }
  }

  /** Marks a table wider than its card, and whether it is scrolled to its end, for the scroll cue. */
  private markOverflow = () => this.showOverflow(this.measureOverflow());

  /**
   * Whether the table is wider than its card, and whether it is scrolled to its end (reads the layout); also
   * keeps the height a drawn table takes, for its placeholder (DD012).
   */
  measureOverflow(): { wide: boolean; atEnd: boolean } {
    if (!this.showsPlaceholder && this.matrix.rows > 0 && this.offsetHeight > 0) {
      this.drawnHeight = this.offsetHeight;
      drawnRowHeight = this.drawnHeight / (this.matrix.rows + 1);
      const table = this.querySelector('table');
      if (table) drawnColWidth = table.offsetWidth / (this.matrix.cols + 1);
      const card = this.closest<HTMLElement>('.matrix-card');
      if (card) cardChrome = Math.max(0, card.offsetHeight - this.drawnHeight);
      if (this.drawnInPart()) this.measurePart();
    }
    const wide = this.scrollWidth > this.clientWidth + 1;
    return { wide, atEnd: !wide || this.scrollLeft + this.clientWidth >= this.scrollWidth - 1 };
  }

  /**
   * A table drawn in part takes its row height and its digits' width from the cells drawn; if they differ from
   * what it was drawn with, it is drawn again with them.
   */
  private measurePart() {
    const row = this.querySelector<HTMLElement>('tbody tr:not(.gap)');
    const cell = this.querySelector<HTMLElement>('td.cell');
    if (!row || !cell) return;
    const context = document.createElement('canvas').getContext('2d');
    let digit = digitWidth;
    if (context) {
      // From the longhands: Chromium gives the computed `font` shorthand as "" when it cannot write it.
      const style = getComputedStyle(cell);
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      digit = context.measureText('0123456789').width / 10;
    }
    // Row heights and digit widths do not depend on the part drawn: this settles after one more drawing.
    if (Math.abs(row.offsetHeight - partRowHeight) > 0.5 || Math.abs(digit - digitWidth) > 0.25) {
      partRowHeight = row.offsetHeight;
      digitWidth = digit;
      this.span = null;
      this.requestUpdate();
    }
  }

  /** Shows a measured overflow as the attributes of the scroll cue (writes only). */
  showOverflow({ wide, atEnd }: { wide: boolean; atEnd: boolean }) {
    this.toggleAttribute('overflows', wide);
    this.toggleAttribute('scrolled-to-end', atEnd);
  }

  protected shouldUpdate(changed: PropertyValues): boolean {
    if (typeof this.matrix.packed === 'string') {
      this.matrix.values = unpackValues(this.matrix.packed);
      delete this.matrix.packed;
    } else if (changed.has('matrix') && !Array.isArray(this.matrix.values)) {
      this.matrix.values = [];
    }
    // Values held back while the table was away came with it near: ask for them (answered with the values).
    if (changed.has('matrix') && this.matrix.deferred && this.nearWindow) this.tellNear(true);
    // Values sent while the table is away, as the server last heard otherwise (it may have been drawn whole
    // then, and not told): it is told, so that they stop.
    if (changed.has('matrix') && this.matrix.windowed && !this.matrix.deferred && !this.nearWindow) {
      this.tellNear(false);
    }
    if (changed.has('practice')) return true;
    // A windowed table away from the window draws (or keeps) its placeholder; one that comes near, its cells.
    if (this.showsPlaceholder || this.wantsPlaceholder()) return true;
    if (this.hasUpdated && changed.size === 1 && changed.has('matrix') && !this.heat) {
      const old = changed.get('matrix') as MatrixData | undefined;
      const m = this.matrix;
      if (old && sameCells(old, m) && Object.keys(this.pending).length === 0 && !this.editing) {
        this.syncValues();
        return false;
      }
    }
    return true;
  }

  /** The cell an event happened in, from its data-row and data-col; null outside the value cells. */
  private cellOf(e: Event): Cell | null {
    const td = (e.target as HTMLElement).closest?.('td[data-row]') as HTMLElement | null;
    return td ? { r: Number(td.dataset.row), c: Number(td.dataset.col) } : null;
  }

  private onTableMouseDown = (e: MouseEvent) => {
    const cell = this.cellOf(e);
    if (cell) this.onCellMouseDown(e, cell.r, cell.c);
  };

  /** The full value shows on hover: the title is set when the pointer arrives, not on every update. */
  private onTableMouseOver = (e: MouseEvent) => {
    const td = (e.target as HTMLElement).closest?.('td[data-row]') as HTMLElement | null;
    if (td && !td.hasAttribute('data-invalid')) td.title = td.dataset.value ?? '';
  };

  private onTableDblClick = (e: MouseEvent) => {
    const cell = this.cellOf(e);
    if (cell) this.startEdit(cell.r, cell.c, null);
  };

  private onTableFocusIn = (e: FocusEvent) => {
    const cell = this.cellOf(e);
    if (cell && (e.target as HTMLElement).tagName === 'TD') this.onCellFocus(cell.r, cell.c);
  };

  private onCellMouseDown(e: MouseEvent, r: number, c: number) {
    if (this.editing && this.editing.r === r && this.editing.c === c) return;
    if (e.shiftKey && this.selected) {
      e.preventDefault();
      this.anchor = this.anchor ?? this.selected;
      this.select(r, c, true);
    } else {
      this.anchor = null;
      this.select(r, c, false);
    }
  }

  private onCellFocus(r: number, c: number) {
    if (!this.selected || this.selected.r !== r || this.selected.c !== c) {
      this.anchor = null;
      this.select(r, c, false);
    }
  }

  /** Moves the cursor to (r, c), focuses it and tells the server which cell is selected. */
  select(r: number, c: number, extend: boolean) {
    const m = this.matrix;
    ({ r, c } = clampCell(r, c, m.rows, m.cols));
    if (!extend) this.anchor = null;
    const moved = !this.selected || this.selected.r !== r || this.selected.c !== c;
    this.selected = { r, c };
    document.dispatchEvent(new CustomEvent(SELECTION_MOVED, { detail: this }));
    this.updateComplete.then(() => {
      const td = this.querySelector<HTMLElement>(`td[data-row="${r}"][data-col="${c}"]`);
      if (td && document.activeElement !== td && !this.editing) td.focus();
    });
    if (moved) {
      this.dispatchEvent(new CustomEvent('cell-select', { detail: { row: r, col: c }, bubbles: true }));
    }
  }

  private startEdit(r: number, c: number, initial: string | null) {
    if (!this.canEdit(r, c)) return;
    const key = `${r},${c}`;
    const text = editorText(initial, this.invalid?.[key]?.text, this.pending[key], this.editBefore(r, c));
    this.selected = { r, c };
    this.anchor = null;
    this.editing = { r, c, text };
  }

  /** Commits the edit in progress and moves the cursor by (dr, dc); on blur the cursor stays where the user went. */
  private commitEdit(dr: number, dc: number, reselect = true) {
    const e = this.editing;
    if (!e) return;
    this.editing = null;
    const key = `${e.r},${e.c}`;
    if (editChanges(e.text, this.invalid?.[key]?.text, this.editBefore(e.r, e.c))) {
      this.pending = { ...this.pending, [key]: e.text };
      this.dispatchEvent(new CustomEvent('cell-edit', { detail: { row: e.r, col: e.c, text: e.text }, bubbles: true }));
    }
    if (!reselect) {
      return;
    }
    if (dr !== 0 || dc !== 0) {
      this.select(e.r + dr, e.c + dc, false);
    } else {
      this.select(e.r, e.c, false);
    }
  }

  /** The text an edit starts from: the value as typed, or what was typed into a practice cell. */
  private editBefore(r: number, c: number): string {
    const p = this.practiceCell(r, c);
    return p && !this.matrix.editable ? p.text : editText(this.value(r, c));
  }

  private cancelEdit() {
    const e = this.editing;
    if (!e) return;
    this.editing = null;
    this.select(e.r, e.c, false);
  }

  private moveBy(dr: number, dc: number, extend: boolean) {
    const cur = this.selected ?? { r: 0, c: 0 };
    if (extend && !this.anchor) this.anchor = cur;
    this.select(cur.r + dr, cur.c + dc, extend);
  }

  private onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (this.editing) {
      const action = editingKey(e);
      if (!action) return;
      e.preventDefault();
      if (action.kind === 'commit') {
        this.commitEdit(action.dr, action.dc);
      } else {
        e.stopPropagation();
        this.cancelEdit();
      }
      return;
    }
    if (target.tagName !== 'TD') return;
    const cur = this.selected ?? { r: 0, c: 0 };
    const m = this.matrix;
    const action = navigationKey(e, cur, m.rows, m.cols, this.canEdit(cur.r, cur.c));
    switch (action?.kind) {
      case 'move':
        e.preventDefault();
        this.moveBy(action.dr, action.dc, action.extend);
        return;
      case 'select':
        e.preventDefault();
        this.select(action.to.r, action.to.c, false);
        return;
      case 'edit':
        e.preventDefault();
        this.startEdit(cur.r, cur.c, action.initial);
        return;
      case 'collapse':
        this.anchor = null;
        this.requestUpdate();
        return;
    }
  };

  private onPaste = (e: ClipboardEvent) => {
    if (!this.matrix.editable) return;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    const block = isBlockPaste(text);
    if (this.editing && !block) return;
    const at = this.editing ?? this.selected ?? { r: 0, c: 0 };
    e.preventDefault();
    this.editing = null;
    this.dispatchEvent(new CustomEvent('cells-paste', { detail: { row: at.r, col: at.c, text }, bubbles: true }));
  };

  private onCopy = (e: ClipboardEvent) => {
    if (this.editing || !this.selected) return;
    const block = selectionBlock(this.selected, this.anchor)!;
    e.clipboardData?.setData(
      'text/plain',
      copyText(
        this.matrix.values.map((v) => v ?? ''),
        this.matrix.cols,
        block,
      ),
    );
    e.preventDefault();
  };
}

customElements.define('bpl-matrix', BplMatrix);
