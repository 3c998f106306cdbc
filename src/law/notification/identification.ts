/**
 * Fingerprints and photographs on notification (SPA 2019 s.10(5)–(6)): the person must allow them if asked,
 * only to verify identity. "Photograph" includes any process by which an image may be produced (s.14(1)), so a
 * digital image is a photograph. The Act gives no power to take DNA or any other sample. For an order applied
 * for by the PSNI the Northern Ireland rules apply instead (PfS(NI)A 2022 s.15(3)–(4), `../ni/notification`).
 */
import * as z from "zod/mini";
import { strictObject } from "../../model/schemas/strict-object";
import { assess, decide, inform, type Assessment, type Finding } from "../../core/assessment";
import { spa } from "../../core/citation";
import { parseInput } from "../../core/errors";
import { jurisdictionOf } from "../../model/forces";
import { ForceSchema } from "../../model/schemas/common";
import { niIdentificationFindings } from "../ni/notification/identification";
import { identificationKinds } from "./kinds";

/** Input of {@link assessIdentificationRequest}: what the officer asked to take, and the force that applied for the order (default: England and Wales). */
export const IdentificationRequestSchema = strictObject({
  kinds: z.array(z.string().check(z.minLength(1, "must not be empty"))).check(z.minLength(1, "must list at least one kind")),
  applicantForce: z.optional(ForceSchema),
});

/** Input of {@link assessIdentificationRequest}. */
export type IdentificationRequest = z.output<typeof IdentificationRequestSchema>;

/**
 * Whether a request made when a person gives a notification is one the Act allows: fingerprints and
 * photographs may be required, only to verify identity (s.10(5)–(6)). DNA, saliva, hair or any other sample
 * is `no`: the Act gives no power to take them. With `applicantForce` the PSNI, the Northern Ireland Act's
 * rules and citations apply (PfS(NI)A 2022 s.15(3)–(4)).
 * @example assessIdentificationRequest({ kinds: ["fingerprints", "dna"] }).verdict // "no"
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/10
 * @see https://www.legislation.gov.uk/nia/2022/17/section/15
 */
export function assessIdentificationRequest(request: IdentificationRequest): Assessment {
  const parsed = parseInput(IdentificationRequestSchema, request);
  if (parsed.applicantForce !== undefined && jurisdictionOf(parsed.applicantForce) === "northern-ireland") return assess(niIdentificationFindings(parsed.kinds), undefined);
  const findings: Finding[] = identificationKinds(parsed.kinds).map(({ kind, allowed, image }) => {
    if (allowed === undefined) return decide("identification.not-allowed", "no", "no-power", { kind }, [spa("s.10(5)"), spa("s.10(6)")]);
    const cites = [spa(allowed === "fingerprints" ? "s.10(5)(a)" : "s.10(5)(b)"), spa("s.10(6)"), ...(image ? [spa("s.14(1)")] : [])];
    if (allowed === "fingerprints") return decide("identification.fingerprints", "yes", "allowed", {}, cites);
    return image ? decide("identification.photograph", "yes", "image", { kind }, cites) : decide("identification.photograph", "yes", "allowed", {}, cites);
  });
  findings.push(inform("identification.purpose", "verify-identity", {}, [spa("s.10(6)")]));
  return assess(findings, undefined);
}
