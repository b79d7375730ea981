#!/usr/bin/env node
// The `debrief` command: everything it does is in `main`, importable without running it.
import {main, stopOnSignals} from './cli.js'

stopOnSignals()

process.exitCode = await main(process.argv.slice(2))
