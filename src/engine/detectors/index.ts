// Every detector, in the order they run. A new detector is one file in this folder plus a line here.
import type { Detector } from '../detector';
import { hedge } from './hedge';
import { source, sourceWithTagger } from './source';
import { caveat } from './caveat';

export const detectors: readonly Detector[] = [hedge, source, caveat];

/** The same with the PolNeAR-trained attribution tagger in the source detector (`learned: true`). */
export const detectorsWithTagger: readonly Detector[] = [hedge, sourceWithTagger, caveat];
