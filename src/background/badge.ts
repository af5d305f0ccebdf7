// The toolbar button, per tab so tabs never mix: the badge (how many findings, or a neutral mark)
// and the title that says in words what happened on the page.
import { setToolbar } from '../shared/browser';
import type { PageReport } from '../shared/report';
import { toolbarState } from '../shared/toolbar';

export async function showReport(tabId: number, report: PageReport): Promise<void> {
  try {
    await setToolbar(tabId, toolbarState(report));
  } catch {
    // The tab closed while its report was on the way.
  }
}
