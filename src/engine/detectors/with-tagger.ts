// The detectors with the PolNeAR-trained attribution tagger in the source detector: it reads the
// sentences where the rules leave a clear reporting verb without a source, or read its subject too
// short (./source/learned.ts). Opt-in, for the CLI's `--learned` and for measuring the tagger:
// on the labelled news sets it changes no figure today, while it makes the engine about a third
// slower, and the speed contract (10x retext-intensify) has no room for that. A module of its own,
// so that nothing else imports the tagger and its model: the extension's bundles stay without them.
import type { Detector } from '../detector';
import { caveat } from './caveat';
import { hedge } from './hedge';
import { sourceDetector } from './source';
import { withLearned } from './source/learned';

export const sourceWithTagger: Detector = sourceDetector(withLearned);

/** Pass as `analyze(text, { detectors: detectorsWithTagger })`. */
export const detectorsWithTagger: readonly Detector[] = [hedge, sourceWithTagger, caveat];
