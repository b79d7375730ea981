import {describe, expect, test} from 'vitest'
import {mapLimit} from '../src/map-limit.js'

const tick = (ms: number) => new Promise((done) => setTimeout(done, ms))

describe('mapLimit', () => {
  test('runs at most limit calls at once, and gives the results in input order whatever order they end in', async () => {
    let running = 0
    let most = 0
    const results = await mapLimit(
      [30, 5, 20, 1, 10],
      async (ms, index) => {
        running += 1
        most = Math.max(most, running)
        await tick(ms)
        running -= 1
        return `${index}:${ms}`
      },
      {limit: 2}
    )
    expect(results).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10'])
    expect(most).toBe(2)
  })

  test('after a failure no new call starts; the calls under way end before the first failure in input order is thrown', async () => {
    const started: number[] = []
    const ended: number[] = []
    const work = mapLimit(
      [0, 1, 2, 3, 4, 5],
      async (item) => {
        started.push(item)
        await tick(item === 1 ? 40 : 5)
        ended.push(item)
        if (item === 1 || item === 2) throw new Error(`item ${item}`)
        return item
      },
      {limit: 2}
    )
    await expect(work).rejects.toThrow('item 1')
    expect(started).toEqual([0, 1, 2])
    expect(ended.sort()).toEqual([0, 1, 2])
  })

  test('a limit that is not a positive integer is refused', async () => {
    await expect(mapLimit([1], async (item) => item, {limit: 0})).rejects.toThrow(/Unexpected `0` for `limit`/)
  })
})
