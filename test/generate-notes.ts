import fc from 'fast-check'

// Notes that are hard to lay out: very long bullets, huge paragraphs, deep
// lists, 300-character URLs, wide tables, long code lines, CJK and emoji.
const latin = fc.constantFrom(
  'budget', 'review', 'the', 'team', 'shipped', 'and', 'a', 'latency', 'of', 'dashboards', 'incident', 'migration',
  'we', 'measured', 'throughput', 'quarterly', 'roadmap', 'customers', 'asked', 'for', 'faster', 'exports', '60%', '$4.2M', '10 years'
)
const longWord = fc.string({unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 25, maxLength: 80})
const url = fc.integer({min: 40, max: 300}).map((length) => `https://example.org/${'a1b2c3d4e5/'.repeat(Math.ceil(length / 11)).slice(0, length)}`)
const cjk = fc.string({unit: fc.integer({min: 0x4e00, max: 0x9fa5}).map((code) => String.fromCodePoint(code)), minLength: 5, maxLength: 120})
const emoji = fc.constantFrom('🚀', '📈', '✅', '🔥', '🧪', '🎉')
const word = fc.oneof({weight: 12, arbitrary: latin}, {weight: 1, arbitrary: longWord}, {weight: 1, arbitrary: url}, {weight: 1, arbitrary: cjk}, {weight: 1, arbitrary: emoji})
const sentence = fc.array(word, {minLength: 3, maxLength: 60}).map((words) => `${words.join(' ')}.`)
const paragraph = fc.array(sentence, {minLength: 1, maxLength: 25}).map((sentences) => sentences.join(' '))
const heading = fc.array(word, {minLength: 1, maxLength: 30}).map((words) => `## ${words.join(' ')}`)
const list = fc
  .array(fc.tuple(fc.integer({min: 0, max: 5}), sentence), {minLength: 1, maxLength: 25})
  .map((items) => {
    let depth = 0
    return items
      .map(([wanted, text]) => {
        depth = Math.min(wanted, depth + 1)
        return `${'  '.repeat(depth)}- ${text}`
      })
      .join('\n')
  })
const code = fc
  .array(fc.string({unit: fc.constantFrom(...'abcdefghij(){}=;. '), minLength: 0, maxLength: 220}), {minLength: 1, maxLength: 70})
  .map((lines) => `\`\`\`js\n${lines.join('\n')}\n\`\`\``)
const table = fc.tuple(fc.integer({min: 2, max: 40}), fc.integer({min: 1, max: 8})).map(([columns, rows]) => {
  const row = (cell: (column: number) => string) => `| ${Array.from({length: columns}, (_, column) => cell(column)).join(' | ')} |`
  return [row((column) => `Column ${column + 1}`), row(() => '---'), ...Array.from({length: rows}, (_, index) => row((column) => `value ${index}-${column}`))].join('\n')
})
const quote = paragraph.map((text) => `> ${text}`)
const links = fc.array(url, {minLength: 1, maxLength: 15}).map((urls) => urls.map((target, index) => `- [Link ${index}](${target})`).join('\n'))
const block = fc.oneof(heading, paragraph, list, code, table, quote, links)
/** Arbitrary notes, Markdown with an H1, for property-based tests. */
export const notes = fc.tuple(fc.array(word, {minLength: 1, maxLength: 20}), fc.array(block, {minLength: 1, maxLength: 14})).map(
  ([title, blocks]) => `# ${title.join(' ')}\n\n${blocks.join('\n\n')}\n`
)

