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

/**
 * A citer of one Act's sections: `provision` as the Act numbers it (`"s.9(1)"`, `"s.4(4)(b)"`, `"s.9(6)–(7)"`),
 * the URL pointing at the section. Each citation is frozen: the one object is shared by every caller (findings
 * copy the list that holds it, so reports share nothing mutable).
 */
function sectionCiter(source: string, base: string): (provision: string) => Citation {
  const cache = new Map<string, Citation>();
  return (provision) => {
    const text = citationText(provision, "provision");
    let citation = cache.get(text);
    // Stryker disable next-line ConditionalExpression: the cache only saves work; recomputing gives the same citation.
    if (citation === undefined) {
      const section = /^s\.(\d+[A-Z]?)/.exec(text)?.[1];
      citation = Object.freeze({ source, provision: text, label: `${source} ${text}`, url: section === undefined ? base : `${base}/section/${section}` });
      // Kept only for provisions as the library writes them (short), so the cache cannot grow with callers' text.
      if (text.length <= 24 && cache.size < 1_000) cache.set(text, citation);
    }
    return citation;
  };
}

const citeSpa = sectionCiter("SPA 2019", "https://www.legislation.gov.uk/ukpga/2019/9");
const citePfs = sectionCiter("PfS(NI)A 2022", "https://www.legislation.gov.uk/nia/2022/17");

/**
 * Cites the Stalking Protection Act 2019. `provision` is written as the Act numbers it, e.g. `"s.9(1)"`,
 * `"s.4(4)(b)"` or `"s.9(6)–(7)"`; the URL points at the section on legislation.gov.uk.
 * @example spa("s.9(1)").label // "SPA 2019 s.9(1)"
 * @see https://www.legislation.gov.uk/ukpga/2019/9
 */
export function spa(provision: string): Citation {
  return citeSpa(provision);
}

/**
 * Cites the Protection from Stalking Act (Northern Ireland) 2022, the law of a Northern Ireland case.
 * `provision` is written as the Act numbers it, e.g. `"s.14(1)"` or `"s.6(2)(e)"`; the URL points at the section.
 * @example pfs("s.14(1)").label // "PfS(NI)A 2022 s.14(1)"
 * @see https://www.legislation.gov.uk/nia/2022/17
 */
export function pfs(provision: string): Citation {
  return citePfs(provision);
}

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
  return numbered("SI", "uksi", year, number, provision);
}

/** A numbered instrument: `SI 2020/26 reg.2`, `S.R. 2023/174 art.2`. */
function numbered(prefix: string, series: string, year: number, number: number, provision: string): Citation {
  for (const [value, path] of [[year, "year"], [number, "number"]] as const) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 9999) inputError(path, "must be a whole number from 1 to 9,999");
  }
  citationText(provision, "provision");
  const id = `${prefix} ${year}/${number}`;
  return { source: id, provision, label: provision === "" ? id : `${id} ${provision}`, url: `https://www.legislation.gov.uk/${series}/${year}/${number}` };
}

/**
 * Cites a Northern Ireland statutory rule by year and number, e.g. the commencement order S.R. 2023/174.
 * @example statutoryRule(2023, 174, "art.2").label // "S.R. 2023/174 art.2"
 */
export function statutoryRule(year: number, number: number, provision = ""): Citation {
  return numbered("S.R.", "nisr", year, number, provision);
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

/** Commencement of the Northern Ireland Act's order provisions (ss.6–17) on 19 October 2023. */
export const NI_COMMENCEMENT_CITATION: Citation = Object.freeze(statutoryRule(2023, 174, "art.2"));

/** Protection from Harassment Act 1997 s.2A(3): the illustrative list of acts associated with stalking. */
export const PHA_2A_CITATION: Citation = Object.freeze(otherAct("PHA 1997", "ukpga/1997/40", "s.2A(3)", "section/2A"));

/** Sexual Offences Act 2003 Part 2: sex-offender notification, which suspends SPA notification (s.9(5)). */
export const SOA_PART_2_CITATION: Citation = Object.freeze(otherAct("SOA 2003", "ukpga/2003/42", "Part 2", "part/2"));
