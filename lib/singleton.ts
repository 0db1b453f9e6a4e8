/**
 * One value per process, shared by every copy of a module. The server entry (run by tsx) and the
 * React Router server bundle import the same source files separately; without this they would
 * each open their own database pool.
 */
export function singleton<T>(name: string, create: () => T): T {
  const store = globalThis as unknown as { __careerPivot?: Map<string, unknown> };
  store.__careerPivot ??= new Map();
  if (!store.__careerPivot.has(name)) store.__careerPivot.set(name, create());
  return store.__careerPivot.get(name) as T;
}

export function clearSingleton(name: string): void {
  const store = globalThis as unknown as { __careerPivot?: Map<string, unknown> };
  store.__careerPivot?.delete(name);
}
