/**
 * Segmentation metrics over N units, with segmentations given as the indices
 * of the first unit of each segment (0 first).
 *
 * Pk (Beeferman et al. 1999): the share of unit pairs k apart that one
 * segmentation puts in the same segment and the other does not, with k half
 * the mean reference segment length. WindowDiff (Pevzner & Hearst 2002): the
 * share of windows of k units holding a different number of boundaries.
 */
export function pk(reference: readonly number[], hypothesis: readonly number[], units: number): number {
  const k = windowSize(reference, units)
  const ref = segmentIds(reference, units)
  const hyp = segmentIds(hypothesis, units)
  let errors = 0
  for (let i = 0; i + k < units; i++) if ((ref[i] === ref[i + k]) !== (hyp[i] === hyp[i + k])) errors++
  return errors / Math.max(1, units - k)
}

export function windowDiff(reference: readonly number[], hypothesis: readonly number[], units: number): number {
  const k = windowSize(reference, units)
  const count = (starts: readonly number[], from: number, to: number) => starts.filter((start) => start > from && start <= to).length
  let errors = 0
  for (let i = 0; i + k < units; i++) if (count(reference, i, i + k) !== count(hypothesis, i, i + k)) errors++
  return errors / Math.max(1, units - k)
}

function windowSize(reference: readonly number[], units: number): number {
  return Math.max(1, Math.round(units / reference.length / 2))
}

function segmentIds(starts: readonly number[], units: number): number[] {
  const ids: number[] = []
  let id = -1
  for (let unit = 0; unit < units; unit++) {
    if (starts.includes(unit)) id++
    ids.push(id)
  }
  return ids
}
