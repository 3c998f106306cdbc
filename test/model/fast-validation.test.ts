// The fast path in front of ApplicantInputSchema must never accept what the schema rejects, must give the
// same answers when it accepts, and must accept the plainly valid inputs it exists for.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { applicantInput } from "../../src/arbitraries";
import { applicantFindings, policies } from "../../src/law/application";
import { fastApplicantInput } from "../../src/model/fast-validation";
import { ApplicantInputSchema } from "../../src/model/schemas";

/** Values near valid applicant inputs: one field replaced with something plausible but possibly wrong. */
const nearly = applicantInput().chain((valid) =>
  fc
    .tuple(
      fc.constantFrom<(string | null)[]>(
        ["applicant", "force"],
        ["applicant", "rank"],
        ["applicant", "bcu"],
        ["applicant", "extra"],
        ["defendant", "id"],
        ["defendant", "dateOfBirth"],
        ["defendant", "residesIn"],
        ["defendant", "residesIn", "force"],
        ["defendant", "residesIn", "bcu"],
        ["defendant", "believedToBeIn", "force"],
        ["defendant", "intendsToComeTo"],
        ["defendant", "nickname"],
        ["extra"],
        [null],
      ),
      fc.constantFrom<unknown>(
        undefined,
        null,
        "",
        "kent",
        "metropolitan",
        "outside-england-and-wales",
        "british-transport-police",
        "commander",
        "chief-constable",
        "superintendent",
        "2008-02-29",
        "2007-02-29",
        "1990-13-01",
        "North",
        7,
        [],
        {},
        { force: "kent" },
        { force: "kent", bcu: "" },
        { force: "british-transport-police" },
      ),
    )
    .map(([path, value]) => {
      const copy = structuredClone(valid) as unknown as Record<string, unknown>;
      if (path[0] === null) return value;
      let node: Record<string, unknown> = copy;
      for (const key of path.slice(0, -1) as string[]) {
        if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
        node = node[key] as Record<string, unknown>;
      }
      node[path[path.length - 1] as string] = value;
      return copy;
    }),
);

/** What the schema would hand the rules, without keys whose value is `undefined` (the rules read them alike). */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

describe("fastApplicantInput", () => {
  test.prop([fc.oneof(applicantInput(), nearly, fc.jsonValue({ maxDepth: 4 }))], { numRuns: 2000 })(
    "accepts only what ApplicantInputSchema accepts, as the schema parses it",
    (input) => {
      const fast = fastApplicantInput(input);
      const schema = ApplicantInputSchema.safeParse(input);
      if (fast !== undefined) {
        expect(schema.success).toBe(true);
        expect(plain(fast)).toEqual(plain(schema.data));
      }
    },
  );

  test.prop([fc.oneof(applicantInput(), nearly)], { numRuns: 500 })("gives the same findings as the schema path when it accepts", (input) => {
    const fast = fastApplicantInput(input);
    const schema = ApplicantInputSchema.safeParse(input);
    if (fast !== undefined && schema.success) {
      for (const policy of [policies.statutory, policies.superintendentInBcu]) {
        expect(applicantFindings(fast, policy)).toEqual(applicantFindings(schema.data, policy));
      }
    }
  });

  test.prop([applicantInput()], { numRuns: 500 })("accepts every plainly valid input, as a copy equal to it", (input) => {
    const fast = fastApplicantInput(input);
    expect(fast).toEqual(input);
    expect(fast).not.toBe(input);
  });

  it("reads each field once: a getter cannot answer one way for the check and another for the rules", () => {
    let reads = 0;
    const applicant = { rank: "superintendent", bcu: "North", get force() { reads += 1; return reads === 1 ? "kent" : "police-scotland"; } };
    const copy = fastApplicantInput({ applicant, defendant: {} });
    expect(copy?.applicant.force).toBe("kent");
    expect(reads).toBe(1);
  });

  it.each([
    ["null", null],
    ["an array", [{ applicant: { force: "kent", rank: "superintendent" }, defendant: {} }]],
    ["no defendant", { applicant: { force: "kent", rank: "superintendent" } }],
    ["a rank the force does not have", { applicant: { force: "kent", rank: "commander" }, defendant: {} }],
    ["an empty BCU", { applicant: { force: "kent", rank: "superintendent", bcu: "" }, defendant: {} }],
    ["an unreal birth date", { applicant: { force: "kent", rank: "superintendent" }, defendant: { dateOfBirth: "2007-02-29" } }],
    ["BTP as a place", { applicant: { force: "kent", rank: "superintendent" }, defendant: { residesIn: { force: "british-transport-police" } } }],
    ["an inherited key", Object.assign(Object.create({ extra: 1 }) as object, { applicant: { force: "kent", rank: "superintendent" }, defendant: {} })],
  ])("leaves %s to the schema", (_, input) => {
    expect(fastApplicantInput(input)).toBeUndefined();
    expect(ApplicantInputSchema.safeParse(input).success).toBe(false);
  });
});
