/**
 * Fingerprints and photographs on notification (SPA 2019 s.10(5)–(6)): the person must allow them if asked,
 * only to verify identity. "Photograph" includes any process by which an image may be produced (s.14(1)), so a
 * digital image is a photograph. The Act gives no power to take DNA or any other sample.
 */
import { z } from "zod";
import { assess, decide, inform, type Assessment } from "../../core/assessment";
import { spa } from "../../core/citation";
import { parseInput } from "../../core/errors";

/** Input of {@link assessIdentificationRequest}: what the officer asked to take. */
export const IdentificationRequestSchema = z.strictObject({
  kinds: z.array(z.string().min(1, "must not be empty")).min(1, "must list at least one kind"),
});

/** Input of {@link assessIdentificationRequest}. */
export type IdentificationRequest = z.output<typeof IdentificationRequestSchema>;

interface Allowed {
  rule: "identification.fingerprints" | "identification.photograph";
  provision: string;
}

const FINGERPRINTS: Allowed = { rule: "identification.fingerprints", provision: "s.10(5)(a)" };
const PHOTOGRAPH: Allowed = { rule: "identification.photograph", provision: "s.10(5)(b)" };

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

/**
 * Whether a request made when a person gives a notification is one the Act allows: fingerprints and
 * photographs may be required, only to verify identity (s.10(5)–(6)). DNA, saliva, hair or any other sample
 * is `no`: the Act gives no power to take them.
 * @example assessIdentificationRequest({ kinds: ["fingerprints", "dna"] }).verdict // "no"
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/10
 */
export function assessIdentificationRequest(request: IdentificationRequest): Assessment {
  const parsed = parseInput(IdentificationRequestSchema, request);
  const findings = [...new Set(parsed.kinds.map(kindKey))].map((kind) => {
    const allowed = ALLOWED.get(kind);
    const image = allowed === PHOTOGRAPH && /image|digital/.test(kind);
    if (allowed === undefined) return decide("identification.not-allowed", "no", "no-power", { kind }, [spa("s.10(5)"), spa("s.10(6)")]);
    const cites = [spa(allowed.provision), spa("s.10(6)"), ...(image ? [spa("s.14(1)")] : [])];
    if (allowed.rule === "identification.fingerprints") return decide("identification.fingerprints", "yes", "allowed", {}, cites);
    return image ? decide("identification.photograph", "yes", "image", { kind }, cites) : decide("identification.photograph", "yes", "allowed", {}, cites);
  });
  findings.push(inform("identification.purpose", "verify-identity", {}, [spa("s.10(6)")]));
  return assess(findings, undefined);
}
