/**
 * Characters a terminal may act on instead of showing: C0 controls but the newline (ESC starts ANSI
 * and OSC sequences), DEL, C1 controls (U+009B is a one-character CSI), the line separators and the
 * bidirectional overrides ("Trojan Source").
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it escapes
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
/** The same, and the newline: what must not appear inside one line of the output. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it escapes
const CONTROLS_AND_NEWLINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const asEscape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/**
 * `text` with every terminal control character written as a JSON escape (`\u001b`), so product data
 * cannot move the cursor, retitle the window or hide text. JSON output stays valid JSON: outside
 * strings it holds no such character, and inside one the escape reads back as the same character.
 * Newlines are kept: they are the output's own line breaks.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, asEscape)
}

/**
 * A string from the product (a name, an id, a currency) for one line of text output: every control
 * character escaped as {@link escapeControls} does, and the newline too (`\u000a`), so that no
 * product string can start a line of its own (`Coffee\nvariantId: …` cannot forge a row).
 */
export function inline(text: string): string {
  return text.replace(CONTROLS_AND_NEWLINE, asEscape)
}
