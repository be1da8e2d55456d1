/**
 * The picture of the network as SVG in the light DOM: units in columns, weights as edges (blue positive,
 * orange negative, width by magnitude), biases as the units' fill. The server sends the numbers
 * (`picture`); the element lays them out to its width. Clicking an edge or a unit, or Enter / Space on a
 * focused unit, fires `select-cell` with the cell to select ({table, row, col}).
 *
 * Like a windowed table (DD015), it is drawn only while it is within a window's height of the window: away from it,
 * a new picture only replaces the old one with an empty space of its height, and is drawn when it comes near. A deep
 * network's picture has about 700 elements, which took 20 ms of script and as long again of layout on every edit.
 */
interface Layer {
  name: string;
  size: number;
  cell: string;
  bias?: number[];
}

interface EdgeSet {
  table: string;
  total: number;
  shown: [number, number, number][];
}

interface Picture {
  mode: 'W' | 'dW';
  layers: Layer[];
  edges: EdgeSet[];
  scale: number;
  edge?: [number, number, number];
  unit?: [number, number];
}

const POSITIVE = '#2563eb';
const NEGATIVE = '#ea580c';

export class BplNetwork extends HTMLElement {
  private current: Picture | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private intersectionObserver: IntersectionObserver | null = null;
  private width = 0;
  /** Whether the element is within a window's height of the window (always, where there is no IntersectionObserver). */
  private nearWindow = typeof IntersectionObserver === 'undefined';
  /** Whether the picture drawn is not the current one. */
  private stale = false;

  set picture(value: Picture) {
    this.current = value;
    this.render();
  }

  get picture(): Picture | null {
    return this.current;
  }

  connectedCallback() {
    this.addEventListener('click', this.onClick);
    this.addEventListener('keydown', this.onKey);
    this.resizeObserver = new ResizeObserver(() => {
      if (Math.abs(this.clientWidth - this.width) > 4) this.render();
    });
    this.resizeObserver.observe(this);
    if (typeof IntersectionObserver !== 'undefined') {
      this.intersectionObserver = new IntersectionObserver(
        (entries) => {
          this.nearWindow = entries[entries.length - 1].isIntersecting;
          if (this.nearWindow && this.stale) this.render();
        },
        { rootMargin: '100% 0px' },
      );
      this.intersectionObserver.observe(this);
    }
    this.render();
  }

  disconnectedCallback() {
    this.removeEventListener('click', this.onClick);
    this.removeEventListener('keydown', this.onKey);
    this.resizeObserver?.disconnect();
    this.intersectionObserver?.disconnect();
  }

  private onClick = (e: Event) => {
    const target = (e.target as Element).closest('[data-edge],[data-unit]');
    if (target) this.select(target);
  };

  private onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const target = (e.target as Element).closest('[data-unit]');
    if (!target) return;
    e.preventDefault();
    this.select(target);
  };

  private select(target: Element) {
    const table = target.getAttribute('data-cell') ?? target.getAttribute('data-edge');
    const row = Number(target.getAttribute('data-row'));
    const col = Number(target.getAttribute('data-col'));
    if (!table) return;
    this.dispatchEvent(new CustomEvent('select-cell', { detail: { table, row, col } }));
  }

  private render() {
    const p = this.current;
    if (!p || !this.isConnected) return;
    if (!this.nearWindow) {
      // Away from the window: the old picture gives way to an empty space of its height, once.
      if (!this.stale && this.firstElementChild) {
        this.style.minHeight = `${this.firstElementChild.getBoundingClientRect().height}px`;
        this.replaceChildren();
      }
      this.stale = true;
      return;
    }
    this.stale = false;
    this.style.minHeight = '';
    this.width = this.clientWidth || 640;
    const w = this.width;
    const most = Math.max(...p.layers.map((l) => l.size));
    const h = Math.max(200, Math.min(440, most * 26 + 56));
    const padX = Math.min(70, w * 0.1);
    const top = 34;
    const bottom = 12;
    const columns = p.layers.length;
    const x = (l: number) => padX + ((w - 2 * padX) * l) / Math.max(1, columns - 1);
    const spacing = (n: number) => Math.min(40, (h - top - bottom) / n);
    const y = (l: number, j: number) => {
      const n = p.layers[l].size;
      const s = spacing(n);
      return top + (h - top - bottom) / 2 + (j - (n - 1) / 2) * s;
    };
    const radius = Math.max(2.5, Math.min(13, spacing(most) * 0.38));
    const scale = p.scale > 0 ? p.scale : 1;
    const colour = (v: number) => (v >= 0 ? POSITIVE : NEGATIVE);
    const fmt = (v: number) => (Math.abs(v) >= 1e-3 || v === 0 ? v.toPrecision(4) : v.toExponential(3));
    // The first and last columns' names run inwards, so they are never cut at the picture's edges.
    const anchor = (l: number) => (l === 0 ? 'start' : l === columns - 1 ? 'end' : 'middle');
    const nameX = (l: number) => (l === 0 ? x(l) - radius : l === columns - 1 ? x(l) + radius : x(l));
    const parts: string[] = [];
    p.edges.forEach((set, l) => {
      const dense = set.total > 200;
      for (const [i, j, v] of set.shown) {
        const m = Math.abs(v) / scale;
        const width = (dense ? 0.4 : 0.6) + (dense ? 2.5 : 5.5) * m;
        const marked = p.edge && p.edge[0] === l + 1 && p.edge[1] === i && p.edge[2] === j;
        parts.push(
          `<line class="edge${marked ? ' marked' : ''}" data-edge="${set.table}" data-row="${i}" data-col="${j}"` +
            ` data-value="${v}" x1="${x(l)}" y1="${y(l, i)}" x2="${x(l + 1)}" y2="${y(l + 1, j)}"` +
            ` stroke="${colour(v)}" stroke-width="${width.toFixed(2)}" stroke-opacity="${(0.25 + 0.75 * m).toFixed(2)}">` +
            `<title>${set.table}[${i},${j}] = ${fmt(v)}</title></line>`,
        );
      }
    });
    p.layers.forEach((layer, l) => {
      parts.push(
        `<text class="layer-name" x="${nameX(l)}" y="16" text-anchor="${anchor(l)}">${layer.name} (${layer.size})</text>`,
      );
      for (let j = 0; j < layer.size; j++) {
        const b = layer.bias ? layer.bias[j] : null;
        const fill = b === null ? 'var(--lumo-base-color)' : colour(b);
        const opacity = b === null ? 1 : 0.15 + 0.85 * Math.min(1, Math.abs(b) / scale);
        const marked = p.unit && p.unit[0] === l && p.unit[1] === j;
        const row = 0;
        const label =
          b === null ? `input ${j}: select X[0,${j}]` : `unit ${j} of ${layer.name}: ${layer.cell}[0,${j}] = ${fmt(b)}`;
        parts.push(
          `<g class="unit${marked ? ' marked' : ''}" data-unit="${j}" data-layer="${l}" data-cell="${layer.cell}"` +
            ` data-row="${row}" data-col="${j}" tabindex="0" role="button" aria-label="${label}">` +
            `<title>${label}</title>` +
            `<circle cx="${x(l)}" cy="${y(l, j)}" r="${radius}" class="unit-back"></circle>` +
            `<circle cx="${x(l)}" cy="${y(l, j)}" r="${radius}" fill="${fill}" fill-opacity="${opacity.toFixed(2)}"` +
            ` class="unit-face"></circle></g>`,
        );
      }
    });
    const hidden = p.edges.filter((s) => s.shown.length < s.total);
    const note = hidden.length
      ? `<text class="layer-name" x="${w - 4}" y="${h - 2}" text-anchor="end">` +
        hidden.map((s) => `${s.table}: the ${s.shown.length} largest of ${s.total}`).join('; ') +
        '</text>'
      : '';
    this.innerHTML =
      `<svg width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="group"` +
      ` aria-label="The network: ${p.layers.map((l) => l.size).join('-')} units; edges show ${p.mode}">` +
      parts.join('') +
      note +
      '</svg>';
  }
}

customElements.define('bpl-network', BplNetwork);
