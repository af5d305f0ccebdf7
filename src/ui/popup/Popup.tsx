// The toolbar popup: what the page's analysis found, the switch for this page, the way to the
// findings on the page, and a Markdown summary to copy.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { t } from '../../shared/i18n';
import type { PageReport } from '../../shared/report';
import { defaults } from '../../shared/settings';
import type { KindSwitches } from '../../shared/settings';
import { FindingSection } from '../components/FindingSection';
import { Switch } from '../components/Switch';
import type { PageConnection } from './connection';
import { toMarkdown } from './markdown';
import { buildSections } from './sections';
import { SourcingGlance } from './SourcingGlance';
import { summaryText } from './summary';

export const SWITCH_LABEL_KEY = 'popup_switch_label';

type View = { phase: 'loading' } | { phase: 'unreachable' } | { phase: 'ready'; report: PageReport };

interface Props {
  connect(): Promise<PageConnection>;
  openOptions(): void;
  /** The keyboard shortcuts bound to the toggle and to "next finding" ('' when none). */
  shortcuts: { toggle: string; next: string };
  /** Which categories the reader lists (Options); all when not given. */
  listed?: KindSwitches;
  /** Puts text on the clipboard; rejects when the browser refuses. */
  copy(text: string): Promise<void>;
}

export function Popup({ connect, openOptions, shortcuts, listed = defaults.listed, copy }: Props) {
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
        <h1>{t('extName')}</h1>
        <button type="button" class="link" onClick={openOptions}>
          {t('popup_options')}
        </button>
      </header>
      <main>
        {view.phase === 'loading' && <p class="quiet">{t('popup_reading')}</p>}
        {view.phase === 'unreachable' && <Unreachable />}
        {view.phase === 'ready' && (
          <>
            <Switch
              label={t(SWITCH_LABEL_KEY)}
              checked={view.report.enabled}
              disabled={busy}
              onChange={(enabled) => {
                setView({ phase: 'ready', report: { ...view.report, enabled } });
                void act((p) => p.setHighlighting(enabled));
              }}
            />
            <ReportBody
              report={view.report}
              listed={listed}
              busy={busy}
              copy={copy}
              onAnalyse={() => act((p) => p.analyseAnyway())}
              onReveal={(id) => void page?.reveal(id).catch(() => setView({ phase: 'unreachable' }))}
            />
          </>
        )}
      </main>
      {(shortcuts.toggle || shortcuts.next) && (
        <footer class="hint">
          {shortcuts.toggle && <Hint keys={shortcuts.toggle} text={t('popup_hint_toggle', KEYS)} />}
          {shortcuts.next && <Hint keys={shortcuts.next} text={t('popup_hint_next', KEYS)} />}
        </footer>
      )}
    </div>
  );
}

/** Where a hint's message puts the key combination ($1), so it can be drawn as a <kbd>. */
const KEYS = '%KEYS%';

function Hint({ keys, text }: { keys: string; text: string }) {
  const [before, after = ''] = text.split(KEYS);
  return (
    <p>
      {before}
      <kbd>{keys}</kbd>
      {after}
    </p>
  );
}

function Unreachable() {
  return (
    <div class="notice" data-testid="error" role="status">
      <p class="strong">{t('popup_unreachable_title')}</p>
      <p class="quiet">{t('popup_unreachable_body')}</p>
    </div>
  );
}

interface BodyProps {
  report: PageReport;
  listed: KindSwitches;
  busy: boolean;
  copy(text: string): Promise<void>;
  onAnalyse(): void;
  onReveal(id: number): void;
}

function ReportBody({ report, listed, busy, copy, onAnalyse, onReveal }: BodyProps) {
  const shown = useMemo(() => (report.status === 'analysed' ? report.findings.filter((f) => listed[f.kind] !== false) : []), [report, listed]);
  const sections = useMemo(() => (report.status === 'analysed' ? buildSections(shown, report.sources) : []), [report, shown]);
  switch (report.status) {
    case 'pending':
      return <p class="quiet">{t('popup_reading')}</p>;
    case 'error':
      return (
        <div class="notice" data-testid="error" role="status">
          <p class="strong">{t('popup_error_title')}</p>
          <p class="quiet">{report.message}</p>
        </div>
      );
    case 'skipped':
      return (
        <div class="notice" data-testid="skipped" role="status">
          <p class="strong">{t('popup_skipped_title')}</p>
          <p class="quiet">{t('popup_skipped_reason', report.reason)}</p>
          <button type="button" class="primary" disabled={busy} onClick={onAnalyse}>
            {busy ? t('popup_analysing') : t('popup_analyse_anyway')}
          </button>
        </div>
      );
    case 'analysed': {
      // The sourcing is the article's, whatever the reader lists: it shows even when nothing is flagged.
      if (shown.length === 0)
        return (
          <>
            <p class="summary empty" data-testid="summary" role="status">
              {report.findings.length === 0 ? t('popup_nothing') : t('popup_nothing_listed')}
            </p>
            <SourcingGlance sourcing={report.sourcing} />
          </>
        );
      const summary = summaryText(shown, report.sources);
      return (
        <>
          {report.title && <p class="article-title">{report.title}</p>}
          <p class="summary" data-testid="summary" role="status">
            {summary}
          </p>
          <SourcingGlance sourcing={report.sourcing} />
          <details class="howto" data-testid="howto">
            <summary>{t('popup_howto_title')}</summary>
            <p>{t('popup_howto_body')}</p>
          </details>
          <CopySummary
            copy={copy}
            markdown={() => toMarkdown({ title: report.title, url: report.url, summary, sourcing: report.sourcing, sections })}
          />
          <FindingList>
            {sections.map((s) => (
              <FindingSection key={s.kind} section={s} onReveal={onReveal} />
            ))}
          </FindingList>
        </>
      );
    }
  }
}

function CopySummary({ copy, markdown }: { copy(text: string): Promise<void>; markdown(): string }) {
  const [status, setStatus] = useState<'' | 'copied' | 'failed'>('');
  const onCopy = () =>
    copy(markdown()).then(
      () => setStatus('copied'),
      () => setStatus('failed'),
    );
  return (
    <div class="copy-row">
      <button type="button" class="secondary" data-testid="copy" onClick={() => void onCopy()}>
        {t('popup_copy')}
      </button>
      <span class="quiet small" role="status" data-testid="copy-status">
        {status === 'copied' ? t('popup_copied') : status === 'failed' ? t('popup_copy_failed') : ''}
      </span>
    </div>
  );
}

const FINDING = 'button[data-testid="finding"]';

/** Up/Down (and Home/End) move the focus through the findings; Enter or Space shows one on the page. */
export function moveFocus(items: readonly HTMLElement[], current: Element | null, key: string): HTMLElement | undefined {
  if (!items.length) return undefined;
  const at = items.indexOf(current as HTMLElement);
  switch (key) {
    case 'ArrowDown':
      return items[at < 0 ? 0 : Math.min(items.length - 1, at + 1)];
    case 'ArrowUp':
      return items[at < 0 ? 0 : Math.max(0, at - 1)];
    case 'Home':
      return items[0];
    case 'End':
      return items[items.length - 1];
    default:
      return undefined;
  }
}

function FindingList({ children }: { children: JSX.Element[] }) {
  const onKeyDown = (e: KeyboardEvent) => {
    const list = e.currentTarget as HTMLElement;
    const next = moveFocus([...list.querySelectorAll<HTMLElement>(FINDING)], list.ownerDocument.activeElement, e.key);
    if (!next) return;
    e.preventDefault();
    next.focus();
  };
  return (
    <div class="findings" data-testid="findings" aria-label={t('popup_list_label')} role="group" onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
