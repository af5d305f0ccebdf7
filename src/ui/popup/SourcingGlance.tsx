// The article's sourcing at a glance, above the lists: one bar of the claims that rest on named,
// unnamed and vague sources, a legend with the numbers, and the unnamed source carrying the most
// claims. The three parts differ by pattern (solid, stripes, dots) as well as colour, and the bar
// has a text alternative, so nothing depends on seeing colour.
import type { Sourcing } from '../../engine';
import { t } from '../../shared/i18n';
import type { MessageKey } from '../../shared/i18n';
import { sourcedClaims, sourcingCounts, topSourceLine } from './sourcing';

type Part = 'named' | 'unnamed' | 'vague';
const PARTS: readonly Part[] = ['named', 'unnamed', 'vague'];
const LEGEND: Record<Part, MessageKey> = { named: 'glance_named', unnamed: 'glance_unnamed', vague: 'glance_vague' };

export function SourcingGlance({ sourcing }: { sourcing: Sourcing }) {
  const total = sourcedClaims(sourcing);
  const top = topSourceLine(sourcing);
  return (
    <section class="glance" data-testid="sourcing" aria-labelledby="glance-title">
      <p id="glance-title" class="glance-title">
        {t('glance_title')}
      </p>
      {total === 0 ? (
        <p class="quiet small">{t('glance_none')}</p>
      ) : (
        <>
          <div class="glance-bar" role="img" aria-label={sourcingCounts(sourcing)} data-testid="sourcing-bar">
            {PARTS.filter((p) => sourcing[p] > 0).map((p) => (
              <span key={p} class={`glance-part glance-${p}`} data-part={p} data-claims={sourcing[p]} style={{ flexGrow: sourcing[p] }} />
            ))}
          </div>
          <ul class="glance-legend" data-testid="sourcing-legend">
            {PARTS.map((p) => (
              <li key={p} data-part={p}>
                <span class={`glance-swatch glance-${p}`} aria-hidden="true" />
                {t(LEGEND[p], sourcing[p])}
              </li>
            ))}
          </ul>
          {top && (
            <p class="glance-top" data-testid="sourcing-top">
              {top}
            </p>
          )}
        </>
      )}
    </section>
  );
}
