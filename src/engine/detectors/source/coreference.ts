// Which mentions of unnamed sources are the same source. Simple and recency-based, in text order:
//  - a singular source introduced as "a ..." is the most recent unnamed source with the same head
//    noun when it repeats its modifiers or has none ("a North Korean defector" … "a defector with
//    contacts inside the country"); else, or when the article sets it apart ("another defector", "a second
//    official", "one source" among others), it is a new source;
//  - "the official", "the prime minister's spokesman", a bare or plural mention ("officials",
//    "the sources") is the most recent source with the same head noun and number, if any; a
//    mention with modifiers ("FBI officials") needs the same modifiers unless it is definite;
//  - "the critics", "the Democrat" point back to a crowd or unnamed source with the same head, if
//    the article has one, and are otherwise someone it has named;
//  - "he"/"she"/"they" is the most recent attribution of the same number in this or the two
//    previous sentences, whatever its kind (a named one ends the chain: the pronoun is named);
//    "they" may also be one unnamed person (singular "they": "a person familiar ... They said"),
//    and "one of them", "some of them" point back to the group.
import type { Determiner, Sex, SourcePhrase } from './classify';

export interface Mention {
  kind: 'anonymous' | 'vague' | 'named';
  ref?: string;
  label: string;
}

interface Referent {
  ref: string;
  key: string;
  plural: boolean;
  modifiers: string;
  /** What followed the head when it was first cited ("familiar with the talks"). */
  described: string;
  label: string;
}

interface Recent extends Mention {
  plural: boolean;
  sentence: number;
  sex: Sex;
}

const PERSONAL: ReadonlySet<string> = new Set(['he', 'she', 'they']);

// Pronouns reach back this many sentences at most.
export const PRONOUN_REACH = 2;

/** The noun a ref is named after: singular for one person, the plural for a group. */
function refKey(head: string, plural: boolean): string {
  // (Tested first: nearly every head is plain, and then no new string is needed.)
  return plural || !NOT_KEY.test(head) ? head : head.replace(NOT_KEY_ALL, '');
}
const NOT_KEY = /[^a-z0-9-]/;
const NOT_KEY_ALL = /[^a-z0-9-]/g;

/** A description that repeats an earlier one's modifiers or drops them all ("a defector …" after
 *  "a North Korean defector"); one that keeps some or adds any ("a former official" after "a
 *  former U.S. law enforcement official") names a kind of person, who may be another. */
const repeats = (earlier: string, later: string): boolean => earlier === later || !later;

export class Coreference {
  /** The most recent referent by head, and by head and modifiers; singular and plural apart. */
  private readonly latest = [new Map<string, Referent>(), new Map<string, Referent>()];
  private readonly used = new Map<string, number>();
  /** Crowds cited so far, by head noun, with the phrase that first cited them. */
  private readonly crowds = new Map<string, string>();
  private recent: Recent | undefined;
  /** The unnamed person (singular) cited last. */
  private lastPerson: Referent | undefined;

  private newRef(key: string): string {
    const n = (this.used.get(key) ?? 0) + 1;
    this.used.set(key, n);
    return n === 1 ? key : `${key}-${n}`;
  }

  /**
   * The most recent referent with this head and number. A mention with modifiers of its own
   * ("FBI officials") only matches a referent with the same modifiers, except a definite one
   * ("the Wako official"), which falls back to the most recent referent with the head.
   */
  private lookup(key: string, plural: boolean, modifiers = '', definite = true): Referent | undefined {
    const latest = this.latest[plural ? 1 : 0];
    const byHead = latest.get(key);
    if (!modifiers) return byHead;
    return latest.get(`${key}|${modifiers}`) ?? (definite ? byHead : undefined);
  }

  private remember(r: Referent): void {
    const latest = this.latest[r.plural ? 1 : 0];
    latest.set(r.key, r);
    // (A head alone has no "|": the two kinds of key never collide.)
    latest.set(`${r.key}|${r.modifiers}`, r);
  }

  private introducesNew(plural: boolean, determiner: Determiner): boolean {
    return !plural && determiner === 'counted';
  }

  /**
   * "a defector with contacts inside the country" after "a North Korean defector": the same
   * unnamed source described again, unless set apart ("another defector", "one source", counted
   * among others) or described by other modifiers ("a State Department official" after "a senior
   * official").
   */
  private describedAgain(phrase: SourcePhrase, key: string): Referent | undefined {
    if (phrase.distinct) return undefined;
    const r = this.latest[0].get(key);
    return r && repeats(r.modifiers, phrase.modifiers) ? r : undefined;
  }

  /** Resolve one classified phrase in sentence `sentence`; `label` is the phrase as written. */
  resolve(phrase: SourcePhrase, label: string, sentence: number): Mention | undefined {
    let mention: Mention | undefined;
    let owner: Mention['kind'] | undefined;
    if (phrase.kind === 'pronoun') {
      const r = this.recent;
      // Singular "they" stands for one unnamed person; a named one would have been "he" or "she".
      const singularThey = !!r && phrase.plural && phrase.head === 'they' && !r.plural && r.kind === 'anonymous';
      // A personal pronoun with no unnamed source right before it stands for someone the article
      // has introduced: named (it leaves the chain of mentions as it is). A count ("one said")
      // with no group before it is no one in particular.
      // ("a woman said ... He denied it": "he" is someone else.)
      const otherSex = !!phrase.sex && !!r?.sex && phrase.sex !== r.sex;
      if (!r || sentence - r.sentence > PRONOUN_REACH || (r.plural !== phrase.plural && !singularThey) || otherSex) return PERSONAL.has(phrase.head) ? { kind: 'named', label } : undefined;
      mention = { kind: r.kind, ref: r.ref, label: r.label };
    } else if (phrase.kind === 'backref') {
      const key = refKey(phrase.head, phrase.plural);
      const referent = this.lookup(key, phrase.plural);
      const crowd = this.crowds.get(key);
      if (referent) mention = { kind: 'anonymous', ref: referent.ref, label: referent.label };
      else if (crowd !== undefined) mention = { kind: 'vague', label: crowd };
      else {
        owner = this.unnamedOwner(phrase, sentence);
        if (owner === 'vague') mention = { kind: 'vague', label };
        else if (!owner && !phrase.untitled) mention = { kind: 'named', label };
      }
    }
    if (phrase.kind === 'anonymous' || (phrase.kind === 'backref' && !mention)) {
      const key = refKey(phrase.head, phrase.plural);
      const definite = phrase.determiner === 'definite' || phrase.determiner === 'possessive';
      // ("two other people", "other officials": set apart from any group cited before.)
      let found = this.introducesNew(phrase.plural, phrase.determiner) ? this.describedAgain(phrase, key) : phrase.distinct && !definite ? undefined : this.lookup(key, phrase.plural, phrase.modifiers, definite);
      // "that person said", "the person added" after "a lawmaker who asked not to be named": a
      // noun that says nothing of who, made definite, is the unnamed person last cited; so is a
      // description no name or title ties ("the woman added" after "a nurse at the clinic said").
      // (Not "her neighbour" after "a resident said": someone of hers, not she.)
      if (!found && !owner && definite && (phrase.generic || phrase.untitled) && !phrase.plural) found = this.lastPerson;
      // "two people briefed on the talks" after "people familiar with the talks": counted out and
      // described otherwise, another group.
      if (found && phrase.determiner === 'counted' && found.described && phrase.described && found.described !== phrase.described) found = undefined;
      const referent = found ?? { ref: this.newRef(key), key, plural: phrase.plural, modifiers: phrase.modifiers, described: phrase.described, label };
      this.remember(referent);
      if (!referent.plural) this.lastPerson = referent;
      mention = { kind: 'anonymous', ref: referent.ref, label: referent.label };
    } else if (phrase.kind === 'vague' || phrase.kind === 'named') {
      mention = { kind: phrase.kind, label };
      if (phrase.kind === 'vague' && !this.crowds.has(phrase.head)) this.crowds.set(phrase.head, label);
    } else if (!mention) return undefined;
    // A document is no speaker a pronoun points back to ("…, according to a transcript. He said").
    // (A pronoun keeps the sex of the source it points back to when it says none: "they".)
    if (!phrase.thing) this.recent = { kind: mention.kind, ref: mention.ref, label: mention.label, plural: phrase.plural, sentence, sex: phrase.sex || (phrase.kind === 'pronoun' ? (this.recent?.sex ?? '') : '') };
    return mention;
  }

  /**
   * "One resident said … Her neighbour said", "a witness's brother": the kind of the unnamed source
   * a possessive ties the phrase to (its pronoun read as "she" or "they" would be), if it is one.
   */
  private unnamedOwner(phrase: SourcePhrase, sentence: number): 'anonymous' | 'vague' | undefined {
    const { owner } = phrase;
    if (!owner) return undefined;
    if (owner === 'unnamed') return 'anonymous';
    const r = this.recent;
    if (!r || r.kind === 'named' || sentence - r.sentence > PRONOUN_REACH) return undefined;
    // ("their lawyer" of one unnamed person is singular "they".)
    if (r.plural !== owner.plural && !(owner.plural && r.kind === 'anonymous')) return undefined;
    if (owner.pronoun && r.sex && owner.pronoun !== r.sex) return undefined;
    return r.kind;
  }

  /** A named person is the subject of sentence `sentence`: a pronoun after it is that person. */
  noteNamed(label: string, sentence: number): void {
    this.recent = { kind: 'named', label, plural: false, sentence, sex: '' };
  }
}
