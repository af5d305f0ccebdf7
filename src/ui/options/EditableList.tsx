// A list the reader edits on the options page: its entries, each with a Remove button, and a small
// form to add one. The sites lists and the reader's own cue lists are all this one component.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';

export interface EditableListProps {
  /** Names the element ids and the test id ("sites-never", "cues-hedge"). */
  id: string;
  heading: ComponentChildren;
  /** A card of its own (h2) or a part of one (h3). */
  level: 'h2' | 'h3';
  empty: string;
  items: readonly string[];
  /** The class of an entry's text ("host", "cue"). */
  itemClass: string;
  addLabel: string;
  placeholder: string;
  inputMode?: 'url' | 'text';
  /** What the reader typed as an entry, or null when it is not one. */
  parse(typed: string): string | null;
  /** What to say when `parse` refused `typed`. */
  invalid(typed: string): string;
  /** Adds a parsed entry; may resolve to a message when it could not be kept. */
  onAdd(value: string): Promise<string | undefined> | void;
  onRemove(value: string): void;
}

export function EditableList(props: EditableListProps) {
  const { id, heading, level, empty, items, itemClass, addLabel, placeholder, inputMode = 'text', parse, invalid, onAdd, onRemove } = props;
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const [headingId, labelId, inputId, errorId] = ['heading', 'label', 'input', 'error'].map((part) => `${id}-${part}`);
  const Heading = level;
  const submit = (e: Event) => {
    e.preventDefault();
    // The field as it is now (a paste and Enter can come before the next render).
    const typed = (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('input[name="entry"]')?.value ?? draft;
    const value = parse(typed);
    if (!value) {
      setError(invalid(typed.trim()));
      return;
    }
    setError('');
    setDraft('');
    void Promise.resolve(onAdd(value)).then((problem) => problem && setError(problem));
  };
  return (
    <section class={level === 'h2' ? 'card' : 'part'} aria-labelledby={headingId} data-testid={id}>
      <Heading id={headingId}>{heading}</Heading>
      {items.length === 0 ? (
        <p class="quiet small">{empty}</p>
      ) : (
        <ul class="entries">
          {items.map((item) => (
            <li key={item}>
              <span class={itemClass}>{item}</span>
              <button type="button" class="link" aria-label={t('options_site_remove_label', item)} onClick={() => onRemove(item)}>
                {t('options_site_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-entry" onSubmit={submit}>
        <label id={labelId} for={inputId}>
          {addLabel}
        </label>
        <input
          id={inputId}
          name="entry"
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellcheck={false}
          placeholder={placeholder}
          value={draft}
          aria-labelledby={level === 'h3' ? `${labelId} ${headingId}` : undefined}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" class="secondary">
          {t('options_site_add')}
        </button>
      </form>
      <p id={errorId} class="error small" role="alert">
        {error}
      </p>
    </section>
  );
}
