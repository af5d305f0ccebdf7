// The toolbar popup: what the page's analysis found, the switch for this site, and the way to the
// findings on the page.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PageReport } from '../../shared/report';
import { FindingSection } from '../components/FindingSection';
import { Switch } from '../components/Switch';
import type { PageConnection } from './connection';
import { buildSections } from './sections';

export const SWITCH_LABEL = 'Highlight claims on this page';

type View = { phase: 'loading' } | { phase: 'unreachable' } | { phase: 'ready'; report: PageReport };

interface Props {
  connect(): Promise<PageConnection>;
  openOptions(): void;
  /** The keyboard shortcut bound to the toggle ('' when none). */
  shortcut: string;
}

export function Popup({ connect, openOptions, shortcut }: Props) {
  const [view, setView] = useState<View>({ phase: 'loading' });
  const [page, setPage] = useState<PageConnection | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let off: (() => void) | undefined;
    let live = true;
    connect()
      .then(async (conn) => {
        off = conn.onReport((report) => live && setView({ phase: 'ready', report }));
        const report = await conn.getReport();
        if (!live) return;
        setPage(conn);
        setView({ phase: 'ready', report });
      })
      .catch(() => live && setView({ phase: 'unreachable' }));
    return () => {
      live = false;
      off?.();
    };
  }, [connect]);

  const act = async (fn: (conn: PageConnection) => Promise<PageReport>) => {
    if (!page) return;
    setBusy(true);
    try {
      setView({ phase: 'ready', report: await fn(page) });
    } catch {
      setView({ phase: 'unreachable' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="popup">
      <header class="bar">
        <img class="logo" src="/icons/icon-32.png" alt="" width={20} height={20} />
        <h1>Grain of Salt</h1>
        <button type="button" class="link" onClick={openOptions}>
          Options
        </button>
      </header>
      <main>
        {view.phase === 'loading' && <p class="quiet">Reading the page…</p>}
        {view.phase === 'unreachable' && <Unreachable />}
        {view.phase === 'ready' && (
          <>
            <Switch
              label={SWITCH_LABEL}
              checked={view.report.enabled}
              disabled={busy}
              onChange={(enabled) => {
                setView({ phase: 'ready', report: { ...view.report, enabled } });
                void act((p) => p.setHighlighting(enabled));
              }}
            />
            <ReportBody report={view.report} busy={busy} onAnalyse={() => act((p) => p.analyseAnyway())} onReveal={(id) => void page?.reveal(id).catch(() => setView({ phase: 'unreachable' }))} />
          </>
        )}
      </main>
      {shortcut && (
        <footer class="hint">
          <kbd>{shortcut}</kbd> switches highlighting on the page
        </footer>
      )}
    </div>
  );
}

function Unreachable() {
  return (
    <div class="notice" data-testid="error" role="status">
      <p class="strong">Grain of Salt can't read this page.</p>
      <p class="quiet">
        Browser pages (settings, new tab, the extension store) are closed to extensions. If this is a web page that was
        already open when Grain of Salt was installed or updated, reload it.
      </p>
    </div>
  );
}

interface BodyProps {
  report: PageReport;
  busy: boolean;
  onAnalyse(): void;
  onReveal(id: number): void;
}

function ReportBody({ report, busy, onAnalyse, onReveal }: BodyProps) {
  const sections = useMemo(
    () => (report.status === 'analysed' ? buildSections(report.findings, report.sources) : []),
    [report],
  );
  switch (report.status) {
    case 'pending':
      return <p class="quiet">Reading the page…</p>;
    case 'error':
      return (
        <div class="notice" data-testid="error" role="status">
          <p class="strong">Something went wrong while reading this page.</p>
          <p class="quiet">{report.message}</p>
        </div>
      );
    case 'skipped':
      return (
        <div class="notice" data-testid="skipped" role="status">
          <p class="strong">This page doesn't look like a news article, so it was not analysed.</p>
          <p class="quiet">Reason: {report.reason}.</p>
          <button type="button" class="primary" disabled={busy} onClick={onAnalyse}>
            {busy ? 'Analysing…' : 'Analyse anyway'}
          </button>
        </div>
      );
    case 'analysed':
      if (report.summary.total === 0)
        return (
          <p class="summary empty" data-testid="summary" role="status">
            Nothing to take with a grain of salt on this page.
          </p>
        );
      return (
        <>
          {report.title && <p class="article-title">{report.title}</p>}
          <p class="summary" data-testid="summary" role="status">
            {report.summaryLine}
          </p>
          {sections.map((s) => (
            <FindingSection key={s.kind} section={s} onReveal={onReveal} />
          ))}
        </>
      );
  }
}
