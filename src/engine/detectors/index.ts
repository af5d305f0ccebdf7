// Every detector, in the order they run. A new detector is one file in this folder plus a line here.
import type { Detector } from '../detector';
import { hedge } from './hedge';
import { source } from './source';
import { caveat } from './caveat';

export const detectors: readonly Detector[] = [hedge, source, caveat];
