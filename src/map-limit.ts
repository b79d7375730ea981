import {availableParallelism} from 'node:os'

export interface MapLimitOptions {
  /** Calls under way at once (default: `os.availableParallelism()`, the cores there are). */
  readonly limit?: number
}

/**
 * Map `items` with an async function, at most `limit` calls under way at
 * once, taken in input order; the results are in input order whatever order
 * the calls end in. When a call rejects, no new call starts: the calls under
 * way are waited for (nothing is left running), then the rejection of the
 * first item that failed, in input order, is thrown.
 */
export async function mapLimit<T, R>(items: readonly T[], map: (item: T, index: number) => Promise<R>, options?: Readonly<MapLimitOptions>): Promise<R[]> {
  const limit = options?.limit ?? availableParallelism()
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Unexpected \`${limit}\` for \`limit\`, expected a positive integer`)
  const results: R[] = new Array<R>(items.length)
  const errors = new Map<number, unknown>()
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length && errors.size === 0) {
      const index = next++
      try {
        results[index] = await map(items[index]!, index)
      } catch (error) {
        errors.set(index, error)
      }
    }
  }
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker))
  if (errors.size > 0) throw errors.get(Math.min(...errors.keys()))
  return results
}
