import type {ProgressEvent} from './run.js'

/** Where progress goes: standard error, or anything that takes text and says whether it is a terminal. */
export interface ProgressStream {
  write(text: string): unknown
  /** Whether it is a terminal, where a line can be rewritten in place (default: not one). */
  readonly isTTY?: boolean
  /** Its width in characters, when it is a terminal (default, or when it says `0`: `80`). */
  readonly columns?: number
}

/** Shows a run's progress, and prints the lines meant to stay (decks made, warnings) around it. */
export interface Progress {
  /** Take the next event of the run. */
  show(event: ProgressEvent): void
  /** Print a line that stays, such as a deck made or a warning. */
  print(line: string): void
  /** Take the live line away (on a terminal), once the run has ended or failed. */
  end(): void
}

/** Erase the terminal's current line and go back to its start. */
const erase = '\r\u001B[2K'

/**
 * Show a run's progress on `stream` (standard error). On a terminal, one
 * live line is rewritten in place: `[3/20] building talk.md …`, the decks
 * done out of all and those being built, then the formats being made; the
 * lines that stay are printed above it, and `end()` takes it away. Anywhere
 * else (CI, a pipe, a file), one plain line a deck as it is built
 * (`[3/20] built talk.md (9 slides)`), in input order whatever order the
 * decks end in, so that the same run prints the same lines, then one line
 * when the files are being made (`making md, html, pdf …`).
 */
export function showProgress(stream: ProgressStream): Progress {
  return stream.isTTY ? liveProgress(stream) : plainProgress(stream)
}

function liveProgress(stream: ProgressStream): Progress {
  const building = new Map<number, string>()
  let done = 0
  let line = ''
  const draw = (text: string) => {
    // Kept to one line of the terminal: a line that wraps cannot be rewritten.
    const width = Math.max(10, (stream.columns || 80) - 1)
    line = text.length > width ? `${text.slice(0, width - 1)}…` : text
    stream.write(`${erase}${line}`)
  }
  return {
    show(event) {
      if (event.type === 'rendering') return draw(`[${done}/${event.total}] making ${event.formats.join(', ')} …`)
      if (event.type === 'building') building.set(event.index, event.source)
      else {
        building.delete(event.index)
        done += 1
      }
      const names = [...building.values()]
      draw(`[${done}/${event.total}] ${names.length > 0 ? `building ${names.join(', ')} ` : ''}…`)
    },
    print(text) {
      stream.write(`${line ? erase : ''}${text}\n${line}`)
    },
    end() {
      if (line) stream.write(erase)
      line = ''
    }
  }
}

function plainProgress(stream: ProgressStream): Progress {
  // Decks end in any order; their lines are held until those before them are printed.
  const ended = new Map<number, string>()
  let next = 0
  return {
    show(event) {
      if (event.type === 'rendering') return void stream.write(`making ${event.formats.join(', ')} …\n`)
      if (event.type === 'building') return
      ended.set(event.index, event.type === 'built' ? `built ${event.source} (${event.slides} slide${event.slides === 1 ? '' : 's'})` : `not built: ${event.source} (see below)`)
      for (let text = ended.get(next); text !== undefined; text = ended.get(next)) {
        ended.delete(next)
        next += 1
        stream.write(`[${next}/${event.total}] ${text}\n`)
      }
    },
    print(text) {
      stream.write(`${text}\n`)
    },
    end() {}
  }
}
