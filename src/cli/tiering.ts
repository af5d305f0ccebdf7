// How soon V8 hands a function to its optimising compiler (TurboFan). Imported first, so it is
// set before any of the engine's code runs.
//
// A run of the analyze command is short: on 200,000 words the default thresholds have V8 optimise
// some 130 engine functions (several twice), and those compilations cost more CPU than the whole
// analysis, on a machine whose other core the compiler thread then takes. Asking for ten times
// as much work before a function is optimised leaves the short runs in V8's baseline code, which
// is fast enough for them, while long runs (millions of words) still optimise what is hot and
// come out faster than with the defaults too. The flag changes when code is compiled, never
// what it computes.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--interrupt-budget=675840');
