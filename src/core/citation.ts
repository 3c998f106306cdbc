/**
 * Citations: where a rule comes from. Every finding carries at least one, so a reader can go from an
 * answer to the provision (or published policy) that produced it.
 */
import { inputError } from "./errors";

/**
 * A reference to the law or policy behind a finding.
 * `label` is what a person reads (`"SPA 2019 s.9(1)"`); `url` points at the official text when known.
 * @see https://www.legislation.gov.uk/ukpga/2019/9
 */
export interface Citation {
  source: string;
  provision: string;
  label: string;
  url?: string;
}

const SPA_URL = "https://www.legislation.gov.uk/ukpga/2019/9";

/**
 * Cites the Stalking Protection Act 2019. `provision` is written as the Act numbers it, e.g. `"s.9(1)"`,
 * `"s.4(4)(b)"` or `"s.9(6)–(7)"`; the URL points at the section on legislation.gov.uk.
 * @example spa("s.9(1)").label // "SPA 2019 s.9(1)"
 * @see https://www.legislation.gov.uk/ukpga/2019/9
 */
export function spa(provision: string): Citation {
  const text = citationText(provision, "provision");
  let citation = spaCitations.get(text);
  // Stryker disable next-line ConditionalExpression: the cache only saves work; recomputing gives the same citation.
  if (citation === undefined) {
    const section = /^s\.(\d+[A-Z]?)/.exec(text)?.[1];
    citation = Object.freeze({
      source: "SPA 2019",
      provision: text,
      label: `SPA 2019 ${text}`,
      url: section === undefined ? SPA_URL : `${SPA_URL}/section/${section}`,
    });
    // Kept only for provisions as the library writes them (short), so the cache cannot grow with callers' text.
    if (text.length <= 24 && spaCitations.size < 1_000) spaCitations.set(text, citation);
  }
  // Frozen: the one object is shared by every caller (findings copy it, so reports share nothing).
  return citation;
}

const spaCitations = new Map<string, Citation>();

/** A string argument of a citation builder, or an input error at `path`. */
function citationText(value: unknown, path: string): string {
  if (typeof value !== "string" || value.length > 1_000) return inputError(path, "must be a string of at most 1,000 characters");
  return value;
}

/**
 * Cites a UK statutory instrument by year and number, e.g. the commencement regulations SI 2020/26.
 * @example statutoryInstrument(2020, 26).url // "https://www.legislation.gov.uk/uksi/2020/26"
 */
export function statutoryInstrument(year: number, number: number, provision = ""): Citation {
  for (const [value, path] of [[year, "year"], [number, "number"]] as const) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 9999) inputError(path, "must be a whole number from 1 to 9,999");
  }
  citationText(provision, "provision");
  const id = `SI ${year}/${number}`;
  return {
    source: id,
    provision,
    label: provision === "" ? id : `${id} ${provision}`,
    url: `https://www.legislation.gov.uk/uksi/${year}/${number}`,
  };
}

/**
 * Cites another Act by its short label and legislation.gov.uk path.
 * @example otherAct("PHA 1997", "ukpga/1997/40", "s.2A(3)", "section/2A").label // "PHA 1997 s.2A(3)"
 */
export function otherAct(act: string, path: string, provision: string, fragment?: string): Citation {
  citationText(act, "act");
  citationText(path, "path");
  citationText(provision, "provision");
  if (fragment !== undefined) citationText(fragment, "fragment");
  const base = `https://www.legislation.gov.uk/${path}`;
  return {
    source: act,
    provision,
    label: `${act} ${provision}`,
    url: fragment === undefined ? base : `${base}/${fragment}`,
  };
}

/**
 * Cites published practice or guidance that is not law (a force policy, a sentencing guideline).
 * No URL is invented: pass one only when it is known.
 * @example practice("Metropolitan Police published practice", "SPO applications").label // "Metropolitan Police published practice: SPO applications"
 */
export function practice(source: string, provision: string, url?: string): Citation {
  citationText(source, "source");
  citationText(provision, "provision");
  if (url !== undefined) citationText(url, "url");
  const citation: Citation = { source, provision, label: `${source}: ${provision}` };
  if (url !== undefined) citation.url = url;
  return citation;
}

/** Commencement of the Act's provisions on 20 January 2020. */
export const COMMENCEMENT_CITATION: Citation = Object.freeze(statutoryInstrument(2020, 26, "reg.2"));

/** Protection from Harassment Act 1997 s.2A(3): the illustrative list of acts associated with stalking. */
export const PHA_2A_CITATION: Citation = Object.freeze(otherAct("PHA 1997", "ukpga/1997/40", "s.2A(3)", "section/2A"));

/** Sexual Offences Act 2003 Part 2: sex-offender notification, which suspends SPA notification (s.9(5)). */
export const SOA_PART_2_CITATION: Citation = Object.freeze(otherAct("SOA 2003", "ukpga/2003/42", "Part 2", "part/2"));
