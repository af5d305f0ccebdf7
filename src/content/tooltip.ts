// The small box that says why a highlight was drawn. It lives in a closed shadow root on a host
// appended to <html> (not <body>), so the page's styles cannot reach it and the body's text and
// structure stay exactly as the page made them.
import type { FlaggedKind } from '../engine';
import { KIND_LABELS } from '../shared/kinds';

export interface TooltipLine {
  kind: FlaggedKind;
  explanation: string;
}

const STYLE = `
:host { all: initial; }
.tip {
  position: fixed; z-index: 2147483647; max-width: min(22rem, calc(100vw - 16px)); box-sizing: border-box;
  padding: 8px 10px; border-radius: 8px; pointer-events: none;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
  color: #1c1917; background: #fffdf7; border: 1px solid #e7e5e4; box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
}
.tip[hidden] { display: none; }
.line { display: flex; gap: 8px; align-items: baseline; }
.line + .line { margin-top: 6px; }
.chip { flex: none; font-size: 11px; font-weight: 600; letter-spacing: 0.02em; padding: 1px 6px; border-radius: 999px; }
.hedge { background: #fef3c7; color: #92400e; }
.anonymous-source { background: #ffe4e6; color: #9f1239; }
.vague-source { background: #ede9fe; color: #5b21b6; }
.caveat { background: #e0f2fe; color: #075985; }
@media (prefers-color-scheme: dark) {
  .tip { color: #f5f5f4; background: #292524; border-color: #44403c; }
  .hedge { background: #78350f; color: #fde68a; }
  .anonymous-source { background: #881337; color: #fecdd3; }
  .vague-source { background: #4c1d95; color: #ddd6fe; }
  .caveat { background: #0c4a6e; color: #bae6fd; }
}`;

export class Tooltip {
  private host: HTMLElement | null = null;
  private box: HTMLElement | null = null;
  /** What is shown now: moving within the same highlight must not touch the DOM (each change forces layout). */
  private shown = '';

  private ensure(): HTMLElement {
    if (this.box && this.host?.isConnected) return this.box;
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const box = document.createElement('div');
    box.className = 'tip';
    box.setAttribute('role', 'tooltip');
    box.hidden = true;
    root.append(style, box);
    document.documentElement.append(host);
    this.host = host;
    this.box = box;
    return box;
  }

  /** Show `lines` next to `anchor` (a highlight's rectangle), below it unless there is no room. */
  show(lines: readonly TooltipLine[], anchor: DOMRect): void {
    const key = `${JSON.stringify(lines)}@${Math.round(anchor.left)},${Math.round(anchor.top)}`;
    if (key === this.shown && this.visible) return;
    this.shown = key;
    const box = this.ensure();
    box.replaceChildren(
      ...lines.map((l) => {
        const line = document.createElement('div');
        line.className = 'line';
        const chip = document.createElement('span');
        chip.className = `chip ${l.kind}`;
        chip.textContent = KIND_LABELS[l.kind].short;
        const text = document.createElement('span');
        text.textContent = l.explanation;
        line.append(chip, text);
        return line;
      }),
    );
    box.hidden = false;
    const { width, height } = box.getBoundingClientRect();
    const left = Math.max(8, Math.min(anchor.left, innerWidth - width - 8));
    const below = anchor.bottom + 6;
    const top = below + height > innerHeight - 8 ? Math.max(8, anchor.top - height - 6) : below;
    box.style.left = `${left}px`;
    box.style.top = `${top}px`;
  }

  hide(): void {
    if (this.box && !this.box.hidden) this.box.hidden = true;
  }

  get visible(): boolean {
    return !!this.box && !this.box.hidden;
  }

  /** Take the host out of the page (highlighting turned off). */
  remove(): void {
    this.host?.remove();
    this.host = null;
    this.box = null;
  }
}
