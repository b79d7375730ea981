/**
 * Merge options over defaults, ignoring options that are `undefined`, so that
 * `{maxBullets: undefined}` means "the default" and never `undefined`.
 */
export function withDefaults<T extends object>(defaults: T, options: Readonly<Partial<T>> | undefined): T {
  const settings = {...defaults}
  if (!options) return settings
  for (const key of Object.keys(options) as Array<keyof T>) {
    const value = options[key]
    if (value !== undefined) settings[key] = value as T[keyof T]
  }
  return settings
}
