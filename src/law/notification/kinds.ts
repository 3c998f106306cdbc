/**
 * The words a record may use for what an officer asks to take when a person notifies (SPA 2019 s.10(5); the same
 * words serve PfS(NI)A 2022 s.15(3)): fingerprints, or photographs — including a digital image, which SPA 2019
 * s.14(1) makes a photograph.
 */

/** What the Act allows a kind as. */
export type Allowed = "fingerprints" | "photograph";

const FINGERPRINTS: Allowed = "fingerprints";
const PHOTOGRAPH: Allowed = "photograph";

/**
 * The kinds the Act allows, by the words a record may use. A map, not an object, so that a kind such as
 * `constructor` or `__proto__` is simply not found.
 */
const ALLOWED: ReadonlyMap<string, Allowed> = new Map([
  ["fingerprints", FINGERPRINTS],
  ["fingerprint", FINGERPRINTS],
  ["photograph", PHOTOGRAPH],
  ["photographs", PHOTOGRAPH],
  ["photo", PHOTOGRAPH],
  ["photos", PHOTOGRAPH],
  // "Photograph" includes any process by which an image may be produced (s.14(1)).
  ["image", PHOTOGRAPH],
  ["images", PHOTOGRAPH],
  ["digital-image", PHOTOGRAPH],
  ["digital-images", PHOTOGRAPH],
  ["digital-photograph", PHOTOGRAPH],
  ["digital-photographs", PHOTOGRAPH],
]);

/** A kind as the lookup spells it: lower case, words joined by hyphens. */
function kindKey(kind: string): string {
  return kind.normalize("NFC").trim().toLowerCase().replace(/[\s_]+/g, "-");
}

/** One kind asked for, as the lookup spells it: what the Act allows it as (none: not allowed), and whether it is a word for an image. */
export interface IdentificationKind {
  kind: string;
  allowed: Allowed | undefined;
  image: boolean;
}

/**
 * The kinds asked for, each once, by the words a record may use (the same words in both jurisdictions).
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/10
 */
export function identificationKinds(kinds: readonly string[]): IdentificationKind[] {
  return [...new Set(kinds.map(kindKey))].map((kind) => {
    const allowed = ALLOWED.get(kind);
    return { kind, allowed, image: allowed === PHOTOGRAPH && /image|digital/.test(kind) };
  });
}
