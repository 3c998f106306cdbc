/**
 * Fingerprints and photographs in Northern Ireland (PfS(NI)A 2022 s.15(3)–(4)): when giving a notification under
 * s.14(1), (3) or (4), the person must allow the police officer or authorised person receiving it to take their
 * fingerprints, photograph any part of them, or both, if asked — only to verify identity. The Act gives no power
 * to take DNA or any other sample. It does not define "photograph": a digital image is read as one (convention,
 * stated in the finding). The material must be destroyed by the time the person ceases to be subject to the
 * order (s.15(5)–(6)); that date is a key date of the case, not decided here.
 */
import { decide, inform, type Finding } from "../../../core/assessment";
import { pfs } from "../../../core/citation";
import { identificationKinds } from "../../notification/kinds";

/**
 * The findings on what an officer asked to take when a person in Northern Ireland gave a notification.
 * @example niIdentificationFindings(["fingerprints", "dna"]).map((f) => f.verdict) // ["yes", "no", "yes", "yes"]
 * @see https://www.legislation.gov.uk/nia/2022/17/section/15
 */
export function niIdentificationFindings(kinds: readonly string[]): Finding[] {
  const findings: Finding[] = identificationKinds(kinds).map(({ kind, allowed, image }) => {
    if (allowed === undefined) return decide("identification.not-allowed", "no", "no-power", { kind }, [pfs("s.15(3)"), pfs("s.15(4)")]);
    if (allowed === "fingerprints") return decide("identification.fingerprints", "yes", "ni-allowed", {}, [pfs("s.15(3)(a)"), pfs("s.15(4)")]);
    const cites = [pfs("s.15(3)(b)"), pfs("s.15(4)")];
    return image ? decide("identification.photograph", "yes", "ni-image", { kind }, cites) : decide("identification.photograph", "yes", "ni-allowed", {}, cites);
  });
  findings.push(inform("identification.purpose", "verify-identity", {}, [pfs("s.15(4)")]));
  findings.push(inform("identification.destruction", "ni-by-cessation", {}, [pfs("s.15(5)"), pfs("s.15(6)")]));
  return findings;
}
