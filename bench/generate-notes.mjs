// Generated notes of a given size and shape, for the scaling bench: the same
// bytes on every run (a seeded generator), words that repeat the way real
// notes do (a vocabulary of a few hundred words, some names and figures).

const nouns = `team budget roadmap release migration incident service database cluster latency customer dashboard pipeline
review contract vendor school board parent teacher council housing transport grant survey volunteer audit policy
platform security network storage model dataset training evaluation benchmark partner market pricing support ticket
backlog sprint retro design research prototype pilot rollout outage capacity forecast quarter revenue hiring onboarding`.split(/\s+/)
const verbs = `shipped measured reviewed approved delayed proposed asked discussed planned moved cut raised agreed tested fixed
built replaced found reported explained showed expects needs wants recommends`.split(/\s+/)
const adjectives = `new faster slower shared public internal regional critical early late open stable larger smaller second final`.split(/\s+/)
const names = ['Ana Lima', 'Ravi Patel', 'Chen Wei', 'Fatima Noor', 'Tom Berg', 'Mia Kowalski']
const speakers = ['ANA', 'RAVI', 'CHEN', 'FATIMA']

function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function sentenceMaker(next) {
  const pick = (list) => list[Math.floor(next() * list.length)]
  return () => {
    const parts = [`The ${pick(adjectives)} ${pick(nouns)}`, pick(verbs), `the ${pick(nouns)}`]
    const roll = next()
    if (roll < 0.2) parts.push(`by ${Math.floor(next() * 90) + 5}%`)
    else if (roll < 0.3) parts.push(`for ${pick(names)}`)
    else if (roll < 0.5) parts.push(`and the ${pick(nouns)} ${pick(nouns)}`)
    parts.push(`before the ${pick(adjectives)} ${pick(nouns)}`)
    return `${parts.join(' ')}.`
  }
}

/** Notes of about `bytes` bytes: `prose`, `transcript`, `outline` (deep, indented) or `line` (one long line). */
export function generateNotes(shape, bytes) {
  const next = random(bytes + shape.length)
  const sentence = sentenceMaker(next)
  const parts = []
  let size = 0
  const push = (text) => {
    parts.push(text)
    size += text.length
  }
  if (shape === 'prose') {
    push('# Quarterly review\n\n')
    let section = 0
    while (size < bytes) {
      push(`## Topic ${++section}\n\n`)
      for (let paragraph = 0; paragraph < 6 && size < bytes; paragraph++) {
        push(`${Array.from({length: 3 + Math.floor(next() * 5)}, sentence).join(' ')}\n\n`)
      }
    }
  } else if (shape === 'transcript') {
    let seconds = 0
    while (size < bytes) {
      seconds += 5 + Math.floor(next() * 40)
      const time = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((part) => String(part).padStart(2, '0')).join(':')
      push(`[${time}] ${speakers[Math.floor(next() * speakers.length)]}: ${Array.from({length: 1 + Math.floor(next() * 4)}, sentence).join(' ')}\n`)
    }
  } else if (shape === 'outline') {
    push('# Planning outline\n\n')
    let depth = -1
    while (size < bytes) {
      depth = next() < 0.6 ? Math.min(depth + 1, 12) : Math.floor(next() * (depth + 1))
      push(`${'  '.repeat(depth)}- ${sentence()}\n`)
    }
  } else if (shape === 'line') {
    while (size < bytes) push(`${sentence()} `)
  } else {
    throw new Error(`unknown shape ${shape}`)
  }
  return parts.join('').slice(0, Math.max(bytes, 1))
}
