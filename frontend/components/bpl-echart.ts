import * as echarts from 'echarts';

/**
 * An Apache ECharts chart whose option the server sets as JSON (never as script). Follows the page's light
 * or dark scheme, resizes with its box, and is disposed when it leaves the page.
 */
export class BplEchart extends HTMLElement {
  private chart: echarts.ECharts | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private themeObserver: MutationObserver | null = null;
  private currentOption: Record<string, unknown> | null = null;

  set option(value: Record<string, unknown>) {
    this.currentOption = value;
    this.chart?.setOption(value, { notMerge: true });
  }

  get option(): Record<string, unknown> | null {
    return this.currentOption;
  }

  connectedCallback() {
    this.init();
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    this.themeObserver = new MutationObserver(() => this.init());
    this.themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme'] });
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.themeObserver?.disconnect();
    this.chart?.dispose();
    this.chart = null;
  }

  private init() {
    this.chart?.dispose();
    const dark =
      document.documentElement.getAttribute('theme') === 'dark' ||
      (document.documentElement.getAttribute('theme') !== 'light' &&
        window.matchMedia('(prefers-color-scheme: dark)').matches);
    this.chart = echarts.init(this, dark ? 'dark' : undefined, { renderer: 'canvas' });
    if (dark) this.chart.setOption({ backgroundColor: 'transparent' });
    if (this.currentOption) this.chart.setOption(this.currentOption, { notMerge: true });
  }
}

customElements.define('bpl-echart', BplEchart);
