/*
 * Shared by the property tests (*.property.test.ts). A fixed seed makes a
 * failure reproduce on every run and machine; FC_SEED=<integer> runs them
 * with another one. fast-check prints the seed and path of any failure.
 */
const seedText = process.env.FC_SEED?.trim();
if (seedText && !/^-?\d+$/.test(seedText)) throw new Error(`FC_SEED must be an integer, not "${seedText}"`);

export const PROPERTY_SEED = seedText ? Number(seedText) : 20_230_919;

/* Thousands of runs take a few seconds alone, far longer on a loaded two-core machine. */
export const PROPERTY_TIMEOUT_MS = 60_000;

/** The options for fc.assert: the shared seed and the given number of runs. */
export function propertyRuns(numRuns: number): { seed: number; numRuns: number } {
  return { seed: PROPERTY_SEED, numRuns };
}
