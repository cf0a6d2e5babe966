// Every chart explorable by keyboard and touch (one small module for all charts). A chart whose marks
// carry explore text (src/lib/charts/explore-marks.ts writes it, in the build's SVG and in every client
// re-render) takes focus; arrow keys, Home and End move from mark to mark; each step highlights the
// mark, shows a tooltip beside it and announces the value, its interval and its kind politely. A tap
// does the same. The tooltip stays until Esc, a tap elsewhere or focus leaving the chart, and the pointer
// can move onto it (WCAG 1.4.13). Charts drawn later (a figure's re-render) are found by a MutationObserver.
import { numberFormatter } from '../lib/format/number-formatter';
import type { Strings } from '../i18n/strings';
import { optionalPageContext } from './page-context';

/** A mark's explore attributes, as the chart wrote them. */
export interface ExploreMark {
  text: string;
  interval: string;
  kind: string;
}

/** The words the announcement needs in the page's language. */
export interface ExploreWords {
  locale: string;
  /** Kind → its name ("publicerad", "urval (syntetiskt)"). */
  kinds: Readonly<Record<string, string>>;
  /** "95 % intervall {interval}", or absent: then "95 %: {interval}" in the locale's number format. */
  interval?: string;
}

/** The index of the mark a key moves to from `current` among `count` marks, or null for a key that does not move. */
export function nextIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return current < 0 ? 0 : Math.min(count - 1, current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return current < 0 ? count - 1 : Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** What is shown and announced for a mark: its label and value, its interval, its kind ("…: 4,7 %, 95 %: 4,2 % – 5,3 %. Urval"). */
export function announcement(mark: ExploreMark, words: ExploreWords): string {
  const parts = [mark.text];
  if (mark.interval) {
    parts.push(
      words.interval
        ? words.interval.replace('{interval}', mark.interval)
        : `${numberFormatter(words.locale).percent(95, 0)}: ${mark.interval}`,
    );
  }
  const kind = words.kinds[mark.kind];
  return `${parts.join(', ')}${kind ? `. ${kind.charAt(0).toUpperCase()}${kind.slice(1)}` : ''}`;
}

/** Where the tooltip goes in its container: centred above the mark, kept inside, below the mark when there is no room above. */
export function tooltipPosition(
  mark: { left: number; top: number; width: number; height: number },
  container: { width: number },
  tooltip: { width: number; height: number },
  gap = 8,
): { left: number; top: number } {
  const centre = mark.left + mark.width / 2;
  const left = Math.max(0, Math.min(container.width - tooltip.width, centre - tooltip.width / 2));
  const above = mark.top - tooltip.height - gap;
  return { left: Math.round(left), top: Math.round(above >= 0 ? above : mark.top + mark.height + gap) };
}

const MARK = '[data-explore]';
const ACTIVE = 'chart-explore-active';
let counter = 0;
let liveRegion: HTMLElement | null = null;

function readMark(element: Element): ExploreMark {
  return {
    text: element.getAttribute('data-explore') ?? '',
    interval: element.getAttribute('data-explore-interval') ?? '',
    kind: element.getAttribute('data-explore-kind') ?? '',
  };
}

/** The page's words, from the strings the page ships (#bip-context, script[data-bip-strings]); safe without them. */
function pageWords(): ExploreWords {
  // Without a context (or with a broken one) the words are left out; the values are still announced.
  const context = optionalPageContext();
  const strings = context?.strings as Partial<Strings> | undefined;
  return { locale: context?.locale ?? document.documentElement.lang ?? 'sv-SE', kinds: strings?.kinds ?? {}, interval: strings?.chart_explore?.interval };
}

function announce(text: string): void {
  if (!liveRegion) {
    liveRegion = document.createElement('div');
    liveRegion.className = 'visually-hidden';
    liveRegion.setAttribute('aria-live', 'polite');
    liveRegion.dataset.role = 'chart-announcer';
    document.body.append(liveRegion);
  }
  // Cleared first, so the same text said again (Home twice) is announced again.
  liveRegion.textContent = '';
  const region = liveRegion;
  requestAnimationFrame(() => (region.textContent = text));
}

/** One chart's explorer: its marks, the current one and its tooltip. */
class ChartExplorer {
  private index = -1;
  private tooltip: HTMLElement | null = null;

  constructor(private readonly svg: SVGSVGElement) {
    svg.dataset.explorer = 'on';
    svg.setAttribute('tabindex', '0');
    svg.setAttribute('aria-keyshortcuts', 'ArrowLeft ArrowRight Home End Escape');
    svg.addEventListener('keydown', (event) => this.onKey(event));
    svg.addEventListener('blur', () => this.hide());
    svg.addEventListener('click', (event) => {
      const mark = (event.target as Element | null)?.closest?.(MARK);
      if (!mark || !svg.contains(mark)) return;
      const index = this.marks().indexOf(mark);
      if (index < 0) return;
      svg.focus({ preventScroll: true });
      this.show(index);
    });
  }

  marks(): Element[] {
    return [...this.svg.querySelectorAll(MARK)];
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      if (this.index >= 0) {
        this.hide();
        event.preventDefault();
      }
      return;
    }
    const next = nextIndex(event.key, this.index, this.marks().length);
    if (next == null) return;
    event.preventDefault();
    this.show(next);
  }

  show(index: number): void {
    const marks = this.marks();
    const mark = marks[index];
    if (!mark) return;
    marks[this.index]?.classList.remove(ACTIVE);
    this.index = index;
    mark.classList.add(ACTIVE);
    const text = announcement(readMark(mark), pageWords());
    const tooltip = this.ensureTooltip();
    tooltip.textContent = text;
    tooltip.hidden = false;
    const container = tooltip.parentElement!.getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    const { left, top } = tooltipPosition(
      { left: box.left - container.left, top: box.top - container.top, width: box.width, height: box.height },
      { width: container.width },
      { width: tooltip.offsetWidth, height: tooltip.offsetHeight },
    );
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${top}px`;
    this.svg.setAttribute('aria-describedby', tooltip.id);
    announce(text);
  }

  hide(): void {
    this.marks()[this.index]?.classList.remove(ACTIVE);
    this.index = -1;
    if (this.tooltip) this.tooltip.hidden = true;
    this.svg.removeAttribute('aria-describedby');
  }

  /** The tooltip, beside the chart in its container (positioned, so the tooltip can sit over the chart). */
  private ensureTooltip(): HTMLElement {
    if (this.tooltip?.isConnected) return this.tooltip;
    const container = this.svg.parentElement!;
    if (getComputedStyle(container).position === 'static') container.style.position = 'relative';
    const tooltip = document.createElement('div');
    tooltip.className = 'chart-tooltip';
    tooltip.setAttribute('role', 'tooltip');
    tooltip.id = `chart-tooltip-${++counter}`;
    tooltip.hidden = true;
    container.append(tooltip);
    this.tooltip = tooltip;
    return tooltip;
  }
}

const explorers = new WeakMap<SVGSVGElement, ChartExplorer>();

/** Makes every chart with explore marks under `root` explorable (once per chart). */
export function enhanceCharts(root: ParentNode = document): void {
  const svgs = root instanceof SVGSVGElement ? [root] : [...root.querySelectorAll('svg')];
  for (const svg of svgs) {
    if (explorers.has(svg) || !svg.querySelector(MARK)) continue;
    explorers.set(svg, new ChartExplorer(svg));
  }
}

function start(): void {
  enhanceCharts();
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) enhanceCharts(node as ParentNode);
    }
  }).observe(document.body, { childList: true, subtree: true });
  // A tap or click outside every chart and tooltip hides the open tooltips.
  document.addEventListener('pointerdown', (event) => {
    const target = event.target as Element | null;
    if (target?.closest?.('svg[data-explorer], .chart-tooltip')) return;
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg[data-explorer]')) explorers.get(svg)?.hide();
  });
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
