// The content script's state and everything that changes it: the first analysis, the reader's
// on/off choice for this site, "analyse anyway", re-analysis after in-page navigation. Each
// change ends in a report to the background (badge) and any open popup.
import { serveContentRequests, settings, onSettingsChanged, tellExtension } from '../shared/browser';
import type { PageReport } from '../shared/report';
import { affectsSite, defaults } from '../shared/settings';
import type { Options } from '../shared/settings';
import { toFindingViews } from './finding-views';
import { Highlighter } from './highlighter';
import { analysePage } from './page-analysis';
import type { PageAnalysis } from './page-analysis';
import { watchPage } from './page-watch';
import { nextTask } from './schedule';

type State = { status: 'idle' } | { status: 'error'; message: string } | PageAnalysis;

export function startController(): void {
  const host = location.hostname;
  let enabled = defaults.enabledByDefault;
  let options: Options = defaults;
  let state: State = { status: 'idle' };
  let running: Promise<void> | null = null;
  /** Analysis was forced by "analyse anyway": keep forcing on this page until the address changes. */
  let forced = false;

  const fail = (err: unknown) => {
    state = { status: 'error', message: err instanceof Error ? err.message : String(err) };
    console.debug('[Grain of Salt]', err);
  };
  const highlighter = new Highlighter(fail);
  const watch = watchPage(
    (reason) => {
      if (reason === 'navigation') forced = false;
      void guarded(() => rerun());
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
          summary: analysis.summary,
          summaryLine: analysis.summaryLine,
          findings: toFindingViews(article.text, analysis.findings),
          sources: analysis.sources,
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

  /** Analyse once (concurrent callers share the run). */
  function ensureAnalysed(): Promise<void> {
    if (state.status !== 'idle') return Promise.resolve();
    // Say "still reading" while the work runs: a long article takes a moment, and a toolbar that
    // says nothing cannot be told from one that gave up.
    if (!running) void tellExtension({ type: 'report', report: report() });
    running ??= analysePage(forced)
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
    if (enabled && state.status === 'analysed') highlighter.show(state, options.kinds);
    else highlighter.hide();
    watch.discard();
  }

  async function rerun() {
    await running;
    highlighter.hide();
    state = { status: 'idle' };
    if (enabled) {
      await ensureAnalysed();
      paint();
    }
  }

  async function setEnabled(next: boolean) {
    await settings.setSite(host, next);
    enabled = next;
    if (enabled) await ensureAnalysed();
    paint();
  }

  async function loadSettings() {
    [enabled, options] = await Promise.all([settings.isEnabled(host), settings.getOptions()]);
  }

  serveContentRequests({
    // The popup opened: analyse now even where highlighting is off, so it can list the findings.
    'get-report': () => guarded(() => ensureAnalysed()),
    'set-highlighting': (m) => guarded(() => setEnabled(m.enabled)),
    'toggle-highlighting': () => guarded(() => setEnabled(!enabled)),
    'analyse-anyway': () =>
      guarded(async () => {
        forced = true;
        await rerun();
        // Highlighting may be off here: the popup still gets the findings.
        await ensureAnalysed();
      }),
    reveal: async (m) => {
      try {
        return state.status === 'analysed' && highlighter.reveal(state, m.id);
      } catch (err) {
        fail(err);
        return false;
      }
    },
  });

  onSettingsChanged((keys) => {
    if (!affectsSite(keys, host)) return;
    void guarded(async () => {
      const before = JSON.stringify([enabled, options]);
      await loadSettings();
      // This tab's own switch already repainted; only a change made elsewhere needs work here.
      if (JSON.stringify([enabled, options]) === before) return;
      if (enabled) await ensureAnalysed();
      paint();
    });
  });

  void guarded(async () => {
    await loadSettings();
    if (!enabled) return;
    await ensureAnalysed();
    paint();
  });
}
