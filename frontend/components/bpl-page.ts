/**
 * Page-wide behaviour of the explorer that needs no server round trip: the colour scheme the visitor chose
 * (kept across reloads, starting from the system's), the undo and redo keys outside text fields, the height
 * of the sticky bars (so that a section scrolled to is never hidden under them), and the section navigation
 * (`<bpl-section-nav>`: smooth scrolling to a section, the current section marked, a menu on phones).
 */

const SCHEME_KEY = 'bpl-color-scheme';

function systemDark(): boolean {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/** The scheme the page shows now: the one chosen, else the system's. */
export function currentScheme(): 'light' | 'dark' {
  const theme = (document.documentElement.getAttribute('theme') ?? '').split(/\s+/);
  if (theme.includes('dark')) return 'dark';
  if (theme.includes('light')) return 'light';
  return systemDark() ? 'dark' : 'light';
}

/** Shows `scheme` (as Vaadin's Page.setColorScheme does) and remembers it for the next visit. */
export function applyScheme(scheme: 'light' | 'dark', remember: boolean) {
  const root = document.documentElement;
  root.setAttribute('theme', scheme);
  root.style.colorScheme = scheme;
  if (remember) {
    try {
      localStorage.setItem(SCHEME_KEY, scheme);
    } catch {
      // Storage may be off (private mode): the choice then lasts for this page only.
    }
  }
}

function storedScheme(): 'light' | 'dark' | null {
  try {
    const s = localStorage.getItem(SCHEME_KEY);
    return s === 'dark' || s === 'light' ? s : null;
  } catch {
    return null;
  }
}

function isTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable === true;
}

/** Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, wherever the focus is but in a text field. */
function onKeyDown(e: KeyboardEvent) {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextField(e.composedPath()[0] ?? e.target)) return;
  const key = e.key.toLowerCase();
  const id = key === 'z' && !e.shiftKey ? 'undo' : (key === 'z' && e.shiftKey) || key === 'y' ? 'redo' : null;
  if (!id) return;
  const button = document.getElementById(id) as (HTMLElement & { disabled?: boolean }) | null;
  e.preventDefault();
  if (button && !button.hasAttribute('disabled')) button.click();
}

/** Keeps --bpl-sticky-offset at the height of the sticky header and bar, for scroll-margin-top. */
function watchStickyHeight() {
  const update = () => {
    const header = document.querySelector<HTMLElement>('.app-header');
    const bar = document.querySelector<HTMLElement>('.sticky-bar');
    const offset = (header?.offsetHeight ?? 0) + (bar?.offsetHeight ?? 0);
    document.documentElement.style.setProperty('--bpl-sticky-offset', `${offset}px`);
  };
  const observer = new ResizeObserver(update);
  const attach = () => {
    const targets = document.querySelectorAll<HTMLElement>('.app-header, .sticky-bar');
    targets.forEach((t) => observer.observe(t));
    update();
    return targets.length >= 2;
  };
  if (!attach()) {
    const mo = new MutationObserver(() => {
      if (attach()) mo.disconnect();
    });
    mo.observe(document.body, { childList: true, subtree: true });
  }
}

/**
 * Scrolls to `target` and keeps it there while the page above it settles (formulas typeset, charts drawn),
 * for up to three seconds or until the visitor scrolls, types or clicks.
 */
function keepInView(target: HTMLElement) {
  const until = performance.now() + 3000;
  let stop = false;
  const done = () => {
    stop = true;
  };
  for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown']) {
    window.addEventListener(type, done, { once: true, passive: true });
  }
  const align = () => {
    if (stop || performance.now() > until) return;
    target.scrollIntoView({ block: 'start' });
    requestAnimationFrame(() => setTimeout(align, 100));
  };
  align();
}

/**
 * Once a smooth scroll to `target` ends, puts it back in place: the cards it passed were laid out on the way
 * (content-visibility skips them until then) and the page above may have changed height.
 */
function settleAfterScroll(target: HTMLElement) {
  let timer = 0;
  const settle = () => {
    window.removeEventListener('scrollend', settle);
    clearTimeout(timer);
    keepInView(target);
  };
  window.addEventListener('scrollend', settle);
  timer = window.setTimeout(settle, 2000);
}

/**
 * The links to the page's sections: a click scrolls to its section (under the sticky bars) without a
 * round trip or a history entry, an address with `#section` scrolls there once the section exists, the
 * link of the section in view carries aria-current, and on narrow screens the links fold into a menu.
 */
export class BplSectionNav extends HTMLElement {
  private spying = false;
  private frame = 0;
  private waitForSections: MutationObserver | null = null;

  connectedCallback() {
    this.addEventListener('click', this.onClick);
    const pending = location.hash.length > 1 ? location.hash.substring(1) : null;
    this.waitForSections = new MutationObserver(() => this.watchSections(pending));
    this.waitForSections.observe(document.body, { childList: true, subtree: true });
    this.watchSections(pending);
  }

  disconnectedCallback() {
    this.removeEventListener('click', this.onClick);
    window.removeEventListener('scroll', this.onScroll);
    this.waitForSections?.disconnect();
  }

  private links(): HTMLAnchorElement[] {
    return Array.from(this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'));
  }

  private sectionOf(link: HTMLAnchorElement): HTMLElement | null {
    return document.getElementById(link.getAttribute('href')!.substring(1));
  }

  /** Starts the scroll spy once every section exists, and scrolls to the address's section. */
  private watchSections(pending: string | null) {
    const sections = this.links().map((l) => this.sectionOf(l));
    if (sections.length === 0 || sections.some((s) => !s)) return;
    this.waitForSections?.disconnect();
    this.waitForSections = null;
    if (!this.spying) {
      this.spying = true;
      window.addEventListener('scroll', this.onScroll, { passive: true });
    }
    if (pending) {
      const target = document.getElementById(pending);
      if (target) keepInView(target);
    }
  }

  private onScroll = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.onSectionsSeen();
    });
  };

  /** The section in view is the last one whose top has passed a third of the window; none above the first. */
  private onSectionsSeen() {
    const line = window.innerHeight / 3;
    let current: string | null = null;
    for (const link of this.links()) {
      const section = this.sectionOf(link);
      if (section && section.getBoundingClientRect().top <= line) current = section.id;
    }
    this.markCurrent(current);
  }

  private markCurrent(id: string | null) {
    for (const link of this.links()) {
      if (link.getAttribute('href') === `#${id}`) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  }

  private onClick = (e: MouseEvent) => {
    const target = e.target as HTMLElement;
    if (target.closest('.app-nav-toggle')) {
      const open = !this.hasAttribute('open');
      this.toggleAttribute('open', open);
      target.closest('.app-nav-toggle')!.setAttribute('aria-expanded', String(open));
      return;
    }
    const link = target.closest<HTMLAnchorElement>('a[href^="#"]');
    if (!link) return;
    const section = this.sectionOf(link);
    if (!section) return;
    e.preventDefault();
    e.stopPropagation();
    this.removeAttribute('open');
    this.querySelector('.app-nav-toggle')?.setAttribute('aria-expanded', 'false');
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    if (reduce) {
      keepInView(section);
    } else {
      section.scrollIntoView({ behavior: 'smooth', block: 'start' });
      settleAfterScroll(section);
    }
    this.markCurrent(section.id);
    const heading = section.querySelector<HTMLElement>('h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  };
}

/** The light/dark switch: flips the scheme shown and remembers it. */
export class BplThemeToggle extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', this.toggle);
    this.sync();
  }

  disconnectedCallback() {
    this.removeEventListener('click', this.toggle);
  }

  private toggle = () => {
    applyScheme(currentScheme() === 'dark' ? 'light' : 'dark', true);
    this.sync();
  };

  private sync() {
    const dark = currentScheme() === 'dark';
    this.querySelector('vaadin-button')?.setAttribute('aria-pressed', String(dark));
  }
}

const stored = storedScheme();
if (stored) applyScheme(stored, false);
document.addEventListener('keydown', onKeyDown);
watchStickyHeight();
customElements.define('bpl-section-nav', BplSectionNav);
customElements.define('bpl-theme-toggle', BplThemeToggle);
