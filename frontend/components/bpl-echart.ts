import type { ECharts } from 'echarts/core';

type Library = typeof import('./bpl-echart-library');

let library: Promise<Library> | null = null;

/** ECharts, fetched once, when the first chart comes into view: a visit that shows no chart never loads it. */
function loadLibrary(): Promise<Library> {
  library ??= import('./bpl-echart-library');
  return library;
}

/**
 * An Apache ECharts chart whose option the server sets as JSON (never as script). Follows the page's light
 * or dark scheme, resizes with its box, and is disposed when it leaves the page. ECharts itself is loaded when
 * a chart first comes into view. A new option is drawn after the next frame and only while the chart is on
 * screen (a chart scrolled out of view is drawn when it comes back), so that an edit's tables appear first and
 * charts never slow them down.
 */
export class BplEchart extends HTMLElement {
  private chart: ECharts | null = null;
  private echarts: Library | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private themeObserver: MutationObserver | null = null;
  private visibility: IntersectionObserver | null = null;
  private currentOption: Record<string, unknown> | null = null;
  private drawn: Record<string, unknown> | null = null;
  private visible = false;
  private scheduled = false;

  set option(value: Record<string, unknown>) {
    this.currentOption = value;
    this.schedule();
  }

  get option(): Record<string, unknown> | null {
    return this.currentOption;
  }

  connectedCallback() {
    // Back on the page after being moved or re-added: its chart was disposed on the way out.
    if (this.echarts) this.init();
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    this.themeObserver = new MutationObserver(() => this.init());
    this.themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme'] });
    this.visibility = new IntersectionObserver((entries) => {
      this.visible = entries.some((e) => e.isIntersecting);
      if (this.visible && !this.echarts) this.load();
      this.schedule();
    });
    this.visibility.observe(this);
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.themeObserver?.disconnect();
    this.visibility?.disconnect();
    this.chart?.dispose();
    this.chart = null;
  }

  private async load() {
    const echarts = await loadLibrary();
    if (this.echarts || !this.isConnected) return;
    this.echarts = echarts;
    this.init();
  }

  private schedule() {
    if (this.scheduled || !this.visible || !this.chart || this.currentOption === this.drawn) return;
    this.scheduled = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.scheduled = false;
        this.draw();
      }),
    );
  }

  private draw() {
    if (!this.chart || !this.currentOption || this.currentOption === this.drawn) return;
    this.drawn = this.currentOption;
    this.chart.setOption(this.currentOption, { notMerge: true });
  }

  private init() {
    if (!this.echarts) return;
    this.chart?.dispose();
    const dark =
      document.documentElement.getAttribute('theme') === 'dark' ||
      (document.documentElement.getAttribute('theme') !== 'light' &&
        window.matchMedia('(prefers-color-scheme: dark)').matches);
    this.chart = this.echarts.init(this, dark ? 'dark' : undefined, { renderer: 'canvas' });
    if (dark) this.chart.setOption({ backgroundColor: 'transparent' });
    this.drawn = null;
    this.schedule();
  }
}

customElements.define('bpl-echart', BplEchart);
