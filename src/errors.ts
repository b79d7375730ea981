/**
 * Exit codes of the `debrief` command, after BSD `sysexits.h` where one fits.
 */
export const ExitCode = {
  /** Every deck was built. */
  Ok: 0,
  /** A bug: an error debrief did not expect. */
  Failure: 1,
  /** The command line was wrong (unknown option, bad value). */
  Usage: 64,
  /** The notes could not be used (empty, not text). */
  DataError: 65,
  /** An input file or directory does not exist, or holds no notes. */
  NoInput: 66,
  /** No browser could be started for PDF, PPTX or PNG output. */
  Unavailable: 69,
  /** An output could not be made (a page that did not load, marp-cli's error) or written. */
  CantCreate: 73,
  /** A slide overflows its box (`debrief check`, `--strict`). */
  Overflow: 3,
  /** A slide would show what the notes do not say: a name, date, figure or cut the verify stage rejects (`--strict`). */
  Unsupported: 4
} as const

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]

/**
 * The one error debrief throws on purpose. `cli.ts` prints its message on one
 * line and exits with its code; anything else is a bug.
 */
export class DeckError extends Error {
  readonly code: ExitCode

  constructor(message: string, code: ExitCode = ExitCode.DataError) {
    super(message)
    this.name = 'DeckError'
    this.code = code
  }
}
