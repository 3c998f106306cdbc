import { describe, expect, it } from "vitest";
import { SpoInputError } from "../../src/core/errors";
import { FORCE_IDS, FORCES, getForce, hasRank, RANKS, rankAtLeast, TERRITORIAL_FORCE_IDS } from "../../src/model/forces";
import { ApplicantSchema } from "../../src/model/schemas";

describe("FORCES (SPA 2019 s.14)", () => {
  it("lists the 46 chief officers: 43 territorial forces, BTP and MDP in England and Wales, then the PSNI", () => {
    expect(FORCES).toHaveLength(46);
    expect(TERRITORIAL_FORCE_IDS).toHaveLength(43);
    expect(new Set(FORCES.map((f) => f.id)).size).toBe(46);
    expect(FORCES.filter((f) => f.jurisdiction === "england-and-wales")).toHaveLength(45);
    expect(FORCES.filter((f) => f.jurisdiction === "northern-ireland").map((f) => [f.id, f.chiefOfficer, f.ranks.at(-1)])).toEqual([
      ["police-service-of-northern-ireland", "Chief Constable of the Police Service of Northern Ireland", "chief-constable"],
    ]);
    expect(FORCES.map((f) => f.id)).toEqual([...FORCE_IDS]);
    expect(FORCES.filter((f) => !f.hasPoliceArea).map((f) => f.id)).toEqual([
      "british-transport-police",
      "ministry-of-defence-police",
    ]);
    for (const id of ["metropolitan", "city-of-london", "kent", "thames-valley", "avon-and-somerset", "devon-and-cornwall", "dyfed-powys", "hampshire", "gwent", "north-wales", "south-wales"]) {
      expect(FORCE_IDS).toContain(id);
    }
  });

  it("uses kebab-case ids and names every chief officer", () => {
    for (const f of FORCES) {
      expect(f.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(f.name.length).toBeGreaterThan(3);
      expect(f.chiefOfficer).toMatch(/^(Chief Constable|Commissioner)/);
    }
    expect(getForce("metropolitan").chiefOfficer).toBe("Commissioner of Police of the Metropolis");
    expect(getForce("city-of-london").chiefOfficer).toBe("Commissioner of Police for the City of London");
  });

  it("gives the Metropolitan and City ladders as the law page lists them", () => {
    const firstSix = ["constable", "sergeant", "inspector", "chief-inspector", "superintendent", "chief-superintendent"];
    expect(getForce("metropolitan").ranks).toEqual([
      ...firstSix,
      "commander",
      "deputy-assistant-commissioner",
      "assistant-commissioner",
      "deputy-commissioner",
      "commissioner",
    ]);
    expect(getForce("city-of-london").ranks).toEqual([...firstSix, "commander", "assistant-commissioner", "commissioner"]);
    for (const id of ["kent", "british-transport-police", "ministry-of-defence-police"] as const) {
      expect(getForce(id).ranks).toEqual([...firstSix, "assistant-chief-constable", "deputy-chief-constable", "chief-constable"]);
    }
  });

  it("orders every ladder, lowest first, with no repeats and only known ranks", () => {
    for (const f of FORCES) {
      expect(new Set(f.ranks).size).toBe(f.ranks.length);
      for (const r of f.ranks) expect(RANKS).toContain(r);
      f.ranks.forEach((r, i) => {
        expect(rankAtLeast(f.id, r, f.ranks[0]!)).toBe(true);
        if (i > 0) expect(rankAtLeast(f.id, f.ranks[i - 1]!, r)).toBe(false);
      });
    }
  });

  it("compares ranks within a force", () => {
    expect(rankAtLeast("metropolitan", "commander", "superintendent")).toBe(true);
    expect(rankAtLeast("kent", "chief-inspector", "superintendent")).toBe(false);
    expect(rankAtLeast("kent", "superintendent", "superintendent")).toBe(true);
    expect(hasRank("kent", "commander")).toBe(false);
    expect(hasRank("city-of-london", "deputy-commissioner")).toBe(false);
  });

  it("treats a rank the force does not have as an input error", () => {
    expect(() => rankAtLeast("kent", "commander", "superintendent")).toThrow(SpoInputError);
    expect(() => rankAtLeast("kent", "superintendent", "commissioner")).toThrow(SpoInputError);
    expect(() => getForce("police-scotland" as never)).toThrow(SpoInputError);
    const bad = ApplicantSchema.safeParse({ force: "city-of-london", rank: "deputy-commissioner" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["rank"]);
    expect(ApplicantSchema.safeParse({ force: "police-scotland", rank: "superintendent" }).success).toBe(false);
  });
});
