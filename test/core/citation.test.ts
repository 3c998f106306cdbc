import { describe, expect, it } from "vitest";
import { otherAct, practice, spa, statutoryInstrument } from "../../src/core/citation";

describe("citations", () => {
  it("cites the Act with the section's legislation.gov.uk address", () => {
    expect(spa("s.9(1)")).toEqual({
      source: "SPA 2019",
      provision: "s.9(1)",
      label: "SPA 2019 s.9(1)",
      url: "https://www.legislation.gov.uk/ukpga/2019/9/section/9",
    });
    expect(spa("s.11(3)–(5)").url).toBe("https://www.legislation.gov.uk/ukpga/2019/9/section/11");
    expect(spa("Part 1").url).toBe("https://www.legislation.gov.uk/ukpga/2019/9");
  });

  it("cites statutory instruments, other Acts and practice", () => {
    expect(statutoryInstrument(2023, 298)).toEqual({
      source: "SI 2023/298",
      provision: "",
      label: "SI 2023/298",
      url: "https://www.legislation.gov.uk/uksi/2023/298",
    });
    expect(statutoryInstrument(2020, 26, "reg.2").label).toBe("SI 2020/26 reg.2");
    expect(otherAct("PHA 1997", "ukpga/1997/40", "s.2A(3)", "section/2A").url).toBe(
      "https://www.legislation.gov.uk/ukpga/1997/40/section/2A",
    );
    expect(otherAct("X", "ukpga/1/1", "s.1").url).toBe("https://www.legislation.gov.uk/ukpga/1/1");
    expect(practice("Force", "Rule")).toEqual({ source: "Force", provision: "Rule", label: "Force: Rule" });
    expect(practice("Force", "Rule", "https://example.org").url).toBe("https://example.org");
  });
});

describe("citations exactly", () => {
  it("have no url key unless one is known", () => {
    expect(practice("Force", "Rule")).toStrictEqual({ source: "Force", provision: "Rule", label: "Force: Rule" });
    expect(otherAct("SOA 2003", "ukpga/2003/42", "Part 2", "part/2")).toStrictEqual({
      source: "SOA 2003",
      provision: "Part 2",
      label: "SOA 2003 Part 2",
      url: "https://www.legislation.gov.uk/ukpga/2003/42/part/2",
    });
  });
});
