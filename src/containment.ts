/**
 * Starts features one by one so that one that throws (a command that cannot register, a provider
 * that fails to build) is reported and the rest still start. No `vscode` import: unit-tested.
 */
export function startEach<D>(
  features: readonly (readonly [name: string, start: () => D | readonly D[]])[],
  report: (name: string, error: unknown) => void,
): D[] {
  const started: D[] = [];
  for (const [name, start] of features) {
    try {
      const result = start();
      started.push(...(Array.isArray(result) ? (result as readonly D[]) : [result as D]));
    } catch (error) {
      report(name, error);
    }
  }
  return started;
}
