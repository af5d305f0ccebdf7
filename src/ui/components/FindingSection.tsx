// One category of findings: heading with its colour and count, then its findings (unnamed
// sources grouped under each source).
import type { Section } from '../popup/sections';
import { FindingButton } from './FindingButton';
import { KindDot } from './KindDot';

interface Props {
  section: Section;
  onReveal(id: number): void;
}

export function FindingSection({ section, onReveal }: Props) {
  const headingId = `section-${section.kind}`;
  return (
    <section class="section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <KindDot kind={section.kind} />
        <span class="title">{section.title}</span>{' '}
        <span class="count">{section.count}</span>
      </h2>
      {section.sources ? (
        section.sources.map((block) => (
          <div class="source" key={block.key}>
            <h3>{block.heading}</h3>
            <ul>
              {block.items.map((f) => (
                <FindingButton key={f.id} finding={f} onReveal={onReveal} />
              ))}
            </ul>
          </div>
        ))
      ) : (
        <ul>
          {section.items.map((f) => (
            <FindingButton key={f.id} finding={f} onReveal={onReveal} />
          ))}
        </ul>
      )}
    </section>
  );
}
