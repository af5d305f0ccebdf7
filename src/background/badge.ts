// The toolbar badge: how many findings the tab's page has, set per tab so tabs never mix.
import { badgeText } from '../shared/report';
import type { PageReport } from '../shared/report';
import { setBadge } from '../shared/browser';

export async function showReport(tabId: number, report: PageReport): Promise<void> {
  try {
    await setBadge(tabId, badgeText(report));
  } catch {
    // The tab closed while its report was on the way.
  }
}
