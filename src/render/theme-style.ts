/** The colours (hex, no `#`) and fonts of a theme, for output drawn without a browser (PPTX). */
export interface ThemeStyle {
  readonly background: string
  readonly text: string
  /** Headings, links, figures. */
  readonly accent: string
  /** Header, footer, sub-bullets, attributions. */
  readonly muted: string
  readonly codeBackground: string
  readonly codeText: string
  /** Font face, the first named font of the theme's stack. */
  readonly font: string
  readonly monoFont: string
}

/**
 * Marp's own themes, from their CSS (marp-core 4: `default` is GitHub's
 * light palette, `uncover` its `--color-*` properties).
 */
const builtIn: Readonly<Record<string, ThemeStyle>> = {
  default: {background: 'FFFFFF', text: '1F2328', accent: '224466', muted: '59636E', codeBackground: 'F6F8FA', codeText: '1F2328', font: 'Segoe UI', monoFont: 'Consolas'},
  uncover: {background: 'FDFCFF', text: '202228', accent: '009DD5', muted: '6E7076', codeBackground: 'F2F1F4', codeText: '202228', font: 'Segoe UI', monoFont: 'Consolas'}
}

/** Generic and system font names, which name no font a PPTX can ask for. */
const generic = new Set(['system-ui', '-apple-system', 'blinkmacsystemfont', 'sans-serif', 'serif', 'monospace', 'ui-monospace', 'inherit'])

/**
 * The style of a theme: Marp's built-in `default` and `uncover`, or a theme
 * whose CSS is given (debrief's `themes/*.css`: the custom properties
 * `--fg`, `--accent`, `--muted` and the `background` and `font-family` of
 * `section`, following `@import` of another given theme). A theme not known
 * gets the `default` style.
 */
export function themeStyle(name: string, themeCss: readonly string[]): ThemeStyle {
  const byName = new Map(themeCss.map((css) => [/@theme\s+([\w-]+)/.exec(css)?.[1] ?? '', css]))
  const resolve = (theme: string, seen: ReadonlySet<string>): ThemeStyle => {
    const css = byName.get(theme)
    if (!css || seen.has(theme)) return builtIn[theme] ?? builtIn['default']!
    const parent = /@import\s+['"]([\w-]+)['"]/.exec(css)?.[1]
    const base = resolve(parent ?? 'default', new Set([...seen, theme]))
    const section = declarations(css, (selector) => selector === 'section')
    const code = declarations(css, (selector) => selector.split(',').some((part) => part.trim() === 'section code'))
    const colour = (value: string | undefined, fallback: string): string => hex(value) ?? fallback
    return {
      background: colour(section['background'] ?? section['background-color'], base.background),
      text: colour(section['--fg'] ?? section['color'], base.text),
      accent: colour(section['--accent'], base.accent),
      muted: colour(section['--muted'], base.muted),
      codeBackground: colour(code['background'], base.codeBackground),
      codeText: colour(code['color'], base.codeText),
      font: firstFont(section['font-family']) ?? base.font,
      monoFont: firstFont(code['font-family']) ?? base.monoFont
    }
  }
  return resolve(name, new Set())
}

/** Declarations of the rules whose selector passes `test`, later ones over earlier ones. */
function declarations(css: string, test: (selector: string) => boolean): Record<string, string> {
  const found: Record<string, string> = {}
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@[\w-]+[^;{}]*;/g, '')
  for (const rule of plain.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!test(rule[1]!.trim())) continue
    for (const declaration of rule[2]!.split(';')) {
      const colon = declaration.indexOf(':')
      if (colon > 0) found[declaration.slice(0, colon).trim()] = declaration.slice(colon + 1).trim()
    }
  }
  return found
}

function hex(value: string | undefined): string | undefined {
  const match = value && /#([0-9a-f]{6}|[0-9a-f]{3})\b/i.exec(value)
  if (!match) return undefined
  const digits = match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join('') : match[1]!
  return digits.toUpperCase()
}

function firstFont(stack: string | undefined): string | undefined {
  if (!stack) return undefined
  return stack
    .split(',')
    .map((font) => font.trim().replace(/^['"]|['"]$/g, ''))
    .find((font) => font && !generic.has(font.toLowerCase()))
}
