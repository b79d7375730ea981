import {describe, expect, test} from 'vitest'
import {withDefaults} from '../../src/text/settings.js'

const defaults = {maxBullets: 6, theme: 'debrief', paginate: true}

describe('withDefaults', () => {
  test('no options give a copy of the defaults', () => {
    const settings = withDefaults(defaults, undefined)
    expect(settings).toEqual({maxBullets: 6, theme: 'debrief', paginate: true})
    expect(settings).not.toBe(defaults)
  })

  test('options override defaults', () => {
    expect(withDefaults(defaults, {maxBullets: 3, paginate: false})).toEqual({maxBullets: 3, theme: 'debrief', paginate: false})
  })

  test('an undefined option means the default', () => {
    expect(withDefaults(defaults, {maxBullets: undefined, theme: 'gaia'})).toEqual({maxBullets: 6, theme: 'gaia', paginate: true})
  })

  test('falsy values that are not undefined are kept', () => {
    expect(withDefaults(defaults, {maxBullets: 0, theme: '', paginate: false})).toEqual({maxBullets: 0, theme: '', paginate: false})
  })

  test('neither the defaults nor the options are changed', () => {
    const options = {maxBullets: 2}
    const settings = withDefaults(defaults, options)
    settings.theme = 'changed'
    expect(defaults).toEqual({maxBullets: 6, theme: 'debrief', paginate: true})
    expect(options).toEqual({maxBullets: 2})
  })

  test('an empty options object gives the defaults', () => {
    expect(withDefaults(defaults, {})).toEqual(defaults)
  })
})
