import {performance} from 'node:perf_hooks';

/** A timed sample repeats the run until it takes at least this long, so timer noise does not decide. */
const MEASURABLE_MS = 10;

/**
 * How much longer `run` takes on an input twice as large. Each timed sample
 * repeats the run as often as the smaller input needs to be measurable (the
 * same count for both sizes); samples of the two sizes alternate, so a load
 * spike from other work on the machine hits both, and the fastest of each is
 * kept. The whole measurement is tried a few times and the lowest ratio
 * counts: noise only ever makes a ratio worse. Linear code stays near 2; a
 * pattern that rescans from every position gives 4 or more, every time.
 * Tests compare this ratio, never a wall-clock limit.
 */
export function doublingRatio(run: (input: string) => unknown, make: (size: number) => string, size: number, samples = 7, attempts = 5): number {
  const small = make(size);
  const large = make(size * 2);
  const sample = (input: string, repeats: number) => {
    const start = performance.now();
    for (let i = 0; i < repeats; i += 1) run(input);
    return performance.now() - start;
  };
  let repeats = 1;
  while (sample(small, repeats) < MEASURABLE_MS && repeats < 1 << 16) repeats *= 2;
  let lowest = Infinity;
  for (let attempt = 0; attempt < attempts && lowest >= LINEAR; attempt += 1) {
    let smallBest = Infinity;
    let largeBest = Infinity;
    for (let i = 0; i < samples; i += 1) {
      smallBest = Math.min(smallBest, sample(small, repeats));
      largeBest = Math.min(largeBest, sample(large, repeats));
    }
    lowest = Math.min(lowest, largeBest / smallBest);
  }
  return lowest;
}

/** The largest ratio linear code may show (doubling plus noise). */
export const LINEAR = 3;
