// The content script's state and everything that changes it: the first analysis, the reader's
// on/off choice for this site, "analyse anyway", re-analysis after in-page navigation. Each
// change ends in a report to the background (badge) and any open popup.
import { serveContentRequests, settings, onSettingsChanged, tellExtension } from '../shared/browser';
import type { PageReport } from '../shared/report';
import { affectsSite, defaults, readerCues } from '../shared/settings';
import type { Options } from '../shared/settings';
import { toFindingViews } from './finding-views';
import { useHighlightStyle } from './highlight-style';
import { Highlighter } from './highlighter';
import { nextFinding } from './next-finding';
import { analysePage } from './page-analysis';
import type { PageAnalysis } from './page-analysis';
import { watchPage } from './page-watch';
import { nextTask } from './schedule';

type State = { status: 'idle' } | { status: 'error'; message: string } | PageAnalysis;
type PageAnalysisFindings = Extract<PageAnalysis, { status: 'analysed' }>['analysis']['findings'];

export function startController(): void {
  const host = location.hostname;
  let options: Options = defaults;
  /** The site's remembered choice (always / never), if any. */
  let siteChoice: boolean | undefined;
  /** In "only when asked" mode: whether the reader asked on this page (undefined: not yet). */
  let asked: boolean | undefined;
  const decide = () => siteChoice ?? (options.mode === 'auto' || asked === true);
  let enabled = decide();
  /** The finding shown last (popup or "next finding"), where the next one is looked for. */
  let shown: number | undefined;
  let state: State = { status: 'idle' };
  let running: Promise<void> | null = null;
  /** Analysis was forced by "analyse anyway": keep forcing on this page until the address changes. */
  let forced = false;
  /** The first read of the settings (an analysis waits for it: the reader's own cues are in them). */
  const settingsRead = loadSettings();
  const settingsSettled = settingsRead.catch(() => undefined);

  const fail = (err: unknown) => {
    state = { status: 'error', message: err instanceof Error ? err.message : String(err) };
    console.debug('[Grain of Salt]', err);
  };
  const highlighter = new Highlighter(fail);
  const watch = watchPage(
    (reason) => {
      if (reason === 'navigation') forced = false;
      // The same article grown or edited keeps what the toolbar said until the new reading is in;
      // another article (a new address, or the article element replaced) is "still reading" again.
      void guarded(() => rerun(reason === 'content'));
    },
    (records) => {
      // Runs before the browser paints the change: highlights over changed text go at once, and
      // the article is read again once the page settles.
      try {
        if (highlighter.dropChanged(records)) {
          watch.discard();
          watch.changed();
        }
      } catch (err) {
        fail(err);
      }
    },
  );

  function report(): PageReport {
    const base = { host, enabled };
    switch (state.status) {
      case 'idle':
        return { ...base, status: 'pending' };
      case 'error':
        return { ...base, status: 'error', message: state.message };
      case 'skipped':
        return { ...base, status: 'skipped', reason: state.reason };
      case 'analysed': {
        const { article, analysis } = state;
        return {
          ...base,
          status: 'analysed',
          title: article.title,
          url: location.href,
          summary: analysis.summary,
          summaryLine: analysis.summaryLine,
          findings: toFindingViews(article.text, analysis.findings),
          sources: analysis.sources,
          sourcing: analysis.sourcing,
        };
      }
    }
  }

  /** Run `fn`; whatever goes wrong becomes the error state, never an exception on the page. */
  async function guarded(fn: () => Promise<void> | void): Promise<PageReport> {
    try {
      await fn();
    } catch (err) {
      fail(err);
      highlighter.hide();
    }
    // The report of a long article is big (every finding with its sentence): built and sent in a
    // task of its own, not on top of the painting that came before.
    await nextTask();
    const r = report();
    void tellExtension({ type: 'report', report: r });
    return r;
  }

  /**
   * Analyse once (concurrent callers share the run). `quiet`: a re-reading of the article already
   * reported, whose last report stands until this one is in.
   */
  function ensureAnalysed(quiet = false): Promise<void> {
    if (state.status !== 'idle') return Promise.resolve();
    // Say "still reading" while the work runs: a long article takes a moment, and a toolbar that
    // says nothing cannot be told from one that gave up.
    if (!running && !quiet) void tellExtension({ type: 'report', report: report() });
    // The reader's own cues are part of the analysis: wait for the first read of the settings.
    running ??= settingsSettled
      .then(() => analysePage(forced, readerCues(options)))
      .then((result) => {
        state = result;
        const root = result.status === 'analysed' ? result.article.root : null;
        if (root) watch.observeArticle(root);
        else if (result.status === 'skipped') watch.observeSkipped();
        else watch.unobserve();
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  function paint() {
    useHighlightStyle(options.style);
    if (enabled && state.status === 'analysed') highlighter.show(state, options.kinds);
    else highlighter.hide();
    watch.discard();
  }

  /** Read the page again. `sameArticle`: what was reported stays on the toolbar meanwhile. */
  async function rerun(sameArticle = false) {
    await running;
    const quiet = sameArticle && state.status === 'analysed';
    highlighter.hide();
    state = { status: 'idle' };
    if (enabled) {
      await ensureAnalysed(quiet);
      paint();
    }
  }

  async function setEnabled(next: boolean) {
    asked = next;
    // "Only when asked" and no choice for the site: the switch and the shortcut act on this page only.
    if (options.mode === 'auto' || siteChoice !== undefined) {
      await settings.setSite(host, next);
      siteChoice = await settings.siteChoice(host);
    }
    enabled = decide();
    if (enabled) await ensureAnalysed();
    paint();
  }

  async function loadSettings() {
    [siteChoice, options] = await Promise.all([settings.siteChoice(host), settings.getOptions()]);
    enabled = decide();
  }

  function revealFinding(pick: (findings: PageAnalysisFindings) => number | undefined): boolean {
    try {
      if (state.status !== 'analysed') return false;
      const id = pick(state.analysis.findings);
      if (id === undefined || !highlighter.reveal(state, id)) return false;
      shown = id;
      return true;
    } catch (err) {
      fail(err);
      return false;
    }
  }

  serveContentRequests({
    // The popup opened: analyse now even where highlighting is off, so it can list the findings.
    // In "only when asked" mode, opening it is the asking: the page is highlighted too.
    'get-report': () =>
      guarded(async () => {
        await ensureAnalysed();
        if (asked === undefined && options.mode === 'on-request') {
          asked = true;
          enabled = decide();
          paint();
        }
      }),
    'set-highlighting': (m) => guarded(() => setEnabled(m.enabled)),
    'toggle-highlighting': () => guarded(() => setEnabled(!enabled)),
    'analyse-anyway': () =>
      guarded(async () => {
        forced = true;
        await rerun();
        // Highlighting may be off here: the popup still gets the findings.
        await ensureAnalysed();
      }),
    reveal: (m) => revealFinding(() => m.id),
    'reveal-next': async () => {
      await guarded(() => ensureAnalysed());
      return revealFinding((findings) => nextFinding(findings, shown, options.kinds));
    },
  });

  onSettingsChanged((keys) => {
    if (!affectsSite(keys, host)) return;
    void guarded(async () => {
      const before = JSON.stringify([enabled, options]);
      const cuesBefore = JSON.stringify(readerCues(options));
      await loadSettings();
      // This tab's own switch already repainted; only a change made elsewhere needs work here.
      if (JSON.stringify([enabled, options]) === before) return;
      // The reader's own cues change what the engine finds: analyse again (painted if enabled).
      if (JSON.stringify(readerCues(options)) !== cuesBefore) return rerun(true);
      if (enabled) await ensureAnalysed();
      paint();
    });
  });

  void guarded(async () => {
    await settingsRead;
    if (!enabled) return;
    await ensureAnalysed();
    paint();
  });
}
