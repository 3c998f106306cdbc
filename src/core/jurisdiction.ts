/**
 * The two jurisdictions whose stalking protection orders the library encodes: England and Wales (Stalking
 * Protection Act 2019) and Northern Ireland (Protection from Stalking Act (Northern Ireland) 2022). The applying
 * force decides which applies; a case is in one of them.
 */
import { deepFreeze } from "./freeze";

/** The jurisdictions, England and Wales first. */
export const JURISDICTIONS = deepFreeze(["england-and-wales", "northern-ireland"] as const);

/** A jurisdiction whose law the library applies. */
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** How a jurisdiction is named in a sentence. */
export const JURISDICTION_NAMES: Readonly<Record<Jurisdiction, string>> = deepFreeze({
  "england-and-wales": "England and Wales",
  "northern-ireland": "Northern Ireland",
});
