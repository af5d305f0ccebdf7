// Driving the options page the way a reader does (clicking its controls, typing a site), through
// the same Evaluate as the popup helpers, so the Chromium and Firefox tests share it.
import type { Evaluate } from './popup';

export type OptionsAction =
  /** Click the checkbox for `kind` in the "highlight" (kinds) or "list" (listed) group. */
  | { check: 'kinds' | 'listed'; kind: string }
  /** Choose a radio button: the mode or the highlight style. */
  | { radio: 'mode' | 'style'; value: string }
  /** Type a site into the never/always form and submit it. */
  | { addSite: 'never' | 'always'; host: string }
  /** Click "Remove" beside a site. */
  | { removeSite: string }
  /** Type a word into a category's own-cue form ('hedge', ...) or the never-flag form ('never') and submit it. */
  | { addCue: string; text: string }
  /** Click "Remove" beside an own cue or a never-flag word. */
  | { removeCue: string };

export async function actOnOptions(evaluate: Evaluate, action: OptionsAction): Promise<void> {
  const problem = await evaluate((act: OptionsAction) => {
    const click = (el: Element | null | undefined) => (el ? ((el as HTMLElement).click(), '') : `nothing for ${JSON.stringify(act)}`);
    if ('check' in act) return click(document.querySelector(`input[type=checkbox][name="${act.check}"][value="${act.kind}"]`));
    if ('radio' in act) return click(document.querySelector(`input[type=radio][name="${act.radio}"][value="${act.value}"]`));
    if ('removeSite' in act) return click(document.querySelector(`[data-testid^="sites-"] button[aria-label$=" ${act.removeSite}"]`));
    if ('removeCue' in act) return click(document.querySelector(`[data-testid="cues"] button[aria-label$=" ${act.removeCue}"]`));
    const [list, typed] = 'addCue' in act ? [`cues-${act.addCue}`, act.text] : [`sites-${act.addSite}`, act.host];
    const form = document.querySelector(`[data-testid="${list}"] form`);
    const input = form?.querySelector('input');
    if (!form || !input) return `no form in ${list}`;
    input.value = typed;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return click(form.querySelector('button[type=submit]'));
  }, action);
  if (problem) throw new Error(problem);
}

export interface OptionsSnapshot {
  checked: { kinds: string[]; listed: string[]; mode: string | null; style: string | null };
  never: string[];
  always: string[];
  /** Highlight classes drawn in the preview paragraph. */
  preview: string[];
  /** The reader's own cues listed per list ('hedge', ..., 'never'). */
  cues: Record<string, string[]>;
}

export function snapshotOptions(evaluate: Evaluate): Promise<OptionsSnapshot> {
  return evaluate(() => {
    const values = (sel: string) => [...document.querySelectorAll<HTMLInputElement>(sel)].map((i) => i.value);
    const hosts = (which: string) => [...document.querySelectorAll(`[data-testid="sites-${which}"] .host`)].map((h) => h.textContent ?? '');
    return {
      checked: {
        kinds: values('input[name="kinds"]:checked'),
        listed: values('input[name="listed"]:checked'),
        mode: values('input[name="mode"]:checked')[0] ?? null,
        style: values('input[name="style"]:checked')[0] ?? null,
      },
      never: hosts('never'),
      always: hosts('always'),
      preview: [...document.querySelectorAll('[data-testid="preview"] mark')].map((m) => m.className),
      cues: Object.fromEntries(
        [...document.querySelectorAll('[data-testid^="cues-"]')]
          .filter((list) => list.querySelector('form'))
          .map((list) => [list.getAttribute('data-testid')!.slice(5), [...list.querySelectorAll('.cue')].map((c) => c.textContent ?? '')]),
      ),
    };
  }, undefined);
}

/**
 * Which highlight style the content script applied to a page, read from the page's adopted
 * stylesheets: 'underline' takes the tint away, 'background' the line, 'both' adds nothing.
 */
export function pageHighlightStyle(evaluate: Evaluate): Promise<string> {
  return evaluate(() => {
    const css = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
    if (/gos-hedge[^{]*\{[^}]*background-color: transparent/.test(css)) return 'underline';
    if (/gos-hedge[^{]*\{[^}]*text-decoration: none/.test(css)) return 'background';
    return 'both';
  }, undefined);
}
