/**
 * Escaping for text output. Values from the record (names, addresses, ids) are printed inside the library's
 * sentences; a control character in one could move the cursor, recolour the terminal or start a new line that
 * looks like a finding. So every C0 control (but tab), DEL and every C1 control is written as a visible escape
 * (`\x1b`, `\n`), and no value can forge a line.
 */

// Stryker disable next-line Regex: the character classes are the definition of what is escaped.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

const NAMED: Readonly<Record<string, string>> = Object.freeze({ "\n": "\\n", "\r": "\\r" });

/** `text` with every control character except tab written as a visible escape. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
