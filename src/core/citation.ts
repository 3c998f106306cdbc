/**
 * Citations: where a rule comes from. Every finding carries at least one, so a reader can go from an
 * answer to the provision (or published policy) that produced it.
 */

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
  let citation = spaCitations.get(provision);
  // Stryker disable next-line ConditionalExpression: the cache only saves work; recomputing gives the same citation.
  if (citation === undefined) {
    const section = /^s\.(\d+[A-Z]?)/.exec(provision)?.[1];
    // Frozen because one object is shared by every finding that cites the provision.
    citation = Object.freeze({
      source: "SPA 2019",
      provision,
      label: `SPA 2019 ${provision}`,
      url: section === undefined ? SPA_URL : `${SPA_URL}/section/${section}`,
    });
    spaCitations.set(provision, citation);
  }
  return citation;
}

const spaCitations = new Map<string, Citation>();

/**
 * Cites a UK statutory instrument by year and number, e.g. the commencement regulations SI 2020/26.
 * @example statutoryInstrument(2020, 26).url // "https://www.legislation.gov.uk/uksi/2020/26"
 */
export function statutoryInstrument(year: number, number: number, provision = ""): Citation {
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
  const citation: Citation = { source, provision, label: `${source}: ${provision}` };
  if (url !== undefined) citation.url = url;
  return citation;
}

/** Commencement of the Act's provisions on 20 January 2020. */
export const COMMENCEMENT_CITATION: Citation = statutoryInstrument(2020, 26, "reg.2");

/** Protection from Harassment Act 1997 s.2A(3): the illustrative list of acts associated with stalking. */
export const PHA_2A_CITATION: Citation = otherAct("PHA 1997", "ukpga/1997/40", "s.2A(3)", "section/2A");

/** Sexual Offences Act 2003 Part 2: sex-offender notification, which suspends SPA notification (s.9(5)). */
export const SOA_PART_2_CITATION: Citation = otherAct("SOA 2003", "ukpga/2003/42", "Part 2", "part/2");
