import katex from 'katex';

/** A LaTeX formula rendered by KaTeX into the light DOM; the source stays readable in `data-tex`. */
export class BplTex extends HTMLElement {
  static get observedAttributes() {
    return ['tex', 'display'];
  }

  connectedCallback() {
    this.renderTex();
  }

  attributeChangedCallback() {
    this.renderTex();
  }

  private renderTex() {
    const tex = this.getAttribute('tex') ?? '';
    katex.render(tex, this, {
      displayMode: this.hasAttribute('display'),
      throwOnError: false,
      output: 'htmlAndMathml',
    });
  }
}

customElements.define('bpl-tex', BplTex);
