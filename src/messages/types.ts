/**
 * The shape of a message catalogue: for each rule id, one function per variant of its finding, taking the
 * finding's params; for each text id, one function taking what that piece of text mentions. The English
 * catalogue defines the params of each function; another language supplies a catalogue of the same type, so a
 * missing rule, variant or text is a type error.
 */

/** A value a sentence mentions: a day, an id, a count, a name from the record, a list of them. */
export type ParamValue = string | number | boolean | null | readonly string[];

/** The values a finding's sentence mentions, by name. */
export type Params = Readonly<Record<string, ParamValue>>;
