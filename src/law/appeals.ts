/**
 * Appeals to the Crown Court (SPA 2019 s.7): who may appeal against which decision of a magistrates' court. A
 * decision on a Northern Ireland order (the applying force is the PSNI) is answered by `ni/appeals.ts`.
 */
import * as z from "zod/mini";
import { strictObject } from "../model/schemas/strict-object";
import { assess, decide, type Assessment } from "../core/assessment";
import { spa, type Citation } from "../core/citation";
import { parseInput } from "../core/errors";
import { AGAINST } from "../messages/english/appeals-penalties";
import { jurisdictionOf } from "../model/forces";
import { ForceSchema } from "../model/schemas";
import { niAppealFindings } from "./ni/appeals";

const onApplicationOf = z.enum(["defendant", "chief-officer"]);

/** The force that applied for the order, which chooses the jurisdiction (England and Wales when absent). */
const applicantForce = z.optional(ForceSchema);

/**
 * A decision of a magistrates' court on an order, an interim order, or a s.4 variation, renewal or discharge (in
 * Northern Ireland, PfS(NI)A 2022 s.10 or s.11(7)); `applicantForce` is the force that applied for the order.
 */
export const AppealDecisionSchema = z.discriminatedUnion("decision", [
  strictObject({ decision: z.literal("order-made"), applicantForce }),
  strictObject({ decision: z.literal("order-refused"), applicantForce }),
  strictObject({ decision: z.literal("interim-order-made"), applicantForce }),
  strictObject({ decision: z.literal("interim-order-refused"), applicantForce }),
  strictObject({ decision: z.literal("section-4-order-made"), onApplicationOf, applicantForce }),
  strictObject({ decision: z.literal("section-4-order-refused"), onApplicationOf, applicantForce }),
]);

/** Input of {@link appealRights}. */
export type AppealDecision = z.output<typeof AppealDecisionSchema>;

/** Who may appeal, against what, to which court. */
export interface AppealRight {
  appellant: "defendant" | "chief-officer-who-applied" | "relevant-chief-officer";
  /** What may be appealed against, in English. */
  against: string;
  /** The same, as an id (`"order-made"`, `"section-4-refused-defendant-application"`, …). */
  decision: string;
  court: "crown-court";
  citations: Citation[];
}

function right(appellant: AppealRight["appellant"], decision: keyof typeof AGAINST): AppealRight {
  return { appellant, against: AGAINST[decision] as string, decision, court: "crown-court", citations: [spa("s.7")] };
}

function rightsFor(d: AppealDecision): AppealRight[] {
  switch (d.decision) {
    case "order-made":
      return [right("defendant", "order-made")];
    case "interim-order-made":
      return [right("defendant", "interim-order-made")];
    case "order-refused":
      return [right("chief-officer-who-applied", "order-refused")];
    case "interim-order-refused":
      return [right("chief-officer-who-applied", "interim-order-refused")];
    case "section-4-order-made":
      return d.onApplicationOf === "chief-officer"
        ? [right("defendant", "section-4-made-on-chief-officer-application")]
        : [right("relevant-chief-officer", "section-4-made-on-defendant-application")];
    case "section-4-order-refused":
      return d.onApplicationOf === "defendant"
        ? [right("defendant", "section-4-refused-defendant-application")]
        : [right("chief-officer-who-applied", "section-4-refused-chief-officer-application")];
  }
}

/**
 * Who may appeal to the Crown Court against a magistrates' court's decision (s.7): the defendant against an
 * order or interim order made, or a s.4 order made on a chief officer's application, or the refusal of their
 * own s.4 application; the applying chief officer against a refusal; a relevant chief officer against a s.4
 * order made on the defendant's application. The value lists each right with its citation. `applicantForce`
 * chooses the jurisdiction (England and Wales when absent): for a Northern Ireland order the Act has no appeal
 * section and the county court route it refers to (PfS(NI)A 2022 s.11(10)(a)) is not modelled, so the verdict is
 * `unknown` with no rights listed.
 * @example appealRights({ decision: "order-refused" }).value[0].appellant // "chief-officer-who-applied"
 * @example appealRights({ decision: "order-made", applicantForce: "police-service-of-northern-ireland" }).verdict // "unknown"
 * @see https://www.legislation.gov.uk/ukpga/2019/9/section/7
 * @see https://www.legislation.gov.uk/nia/2022/17/section/11
 */
export function appealRights(decision: AppealDecision): Assessment<AppealRight[]> {
  const parsed = parseInput(AppealDecisionSchema, decision, "decision");
  if (parsed.applicantForce !== undefined && jurisdictionOf(parsed.applicantForce) === "northern-ireland") return assess(niAppealFindings(parsed), []);
  const rights = rightsFor(parsed);
  return assess(
    rights.map((r) => decide(`appeal.${r.appellant}` as const, "yes", "may-appeal", { against: r.decision }, r.citations)),
    rights,
  );
}
