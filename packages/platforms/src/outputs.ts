/** One value for one service, a JSON map `{service: value}` for several. */
export function perService<T extends { target: { key: string } }>(items: readonly T[], value: (item: T) => string): string {
  if (items.length === 1) return value(items[0] as T);
  return JSON.stringify(Object.fromEntries(items.map((i) => [i.target.key, value(i)])));
}
