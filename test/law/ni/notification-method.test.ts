// How a notification is given in Northern Ireland (PfS(NI)A 2022 s.15(1)–(2)): any prescribed police station in
// Northern Ireland, no local-area rule; and fingerprints and photographs (s.15(3)–(4)).
import { describe, expect, it } from "vitest";
import { assessIdentificationRequest, assessNotification } from "../../../src/law/notification";
import type { NotificationRecord, Order } from "../../../src/model/schemas";

const PSNI = "police-service-of-northern-ireland" as const;
const order: Order = {
  id: "SPO-NI-1",
  kind: "full",
  madeOn: "2026-03-02",
  applicantForce: PSNI,
  duration: { type: "until-further-order" },
  terms: [{ id: "T1", type: "prohibition", text: "Must not contact V1." }],
};
const note = (station: NotificationRecord["station"]): NotificationRecord => ({ at: "2026-03-03", names: ["Sam Reeve"], homeAddress: "1 Lisburn Road", ...(station === undefined ? {} : { station }) });
const assess = (n: NotificationRecord) => assessNotification({ order, asOf: "2026-03-10", events: [], notifications: [n] });
const labels = (cites: { label: string }[]) => cites.map((c) => c.label);

describe("the station (s.15(1)(a))", () => {
  it("a prescribed PSNI station counts", () => {
    const a = assess(note({ force: PSNI, prescribed: true }));
    expect(a.value[0]?.status).toBe("met");
    const f = a.findings.find((x) => x.variant === "ni-prescribed");
    expect(f).toMatchObject({ rule: "notification.method", verdict: "yes", informative: true });
    expect(labels(f!.citations)).toEqual(["PfS(NI)A 2022 s.15(1)(a)"]);
  });

  it("a PSNI station not prescribed does not meet the duty", () => {
    const a = assess(note({ force: PSNI, prescribed: false }));
    expect(a.value[0]).toMatchObject({ status: "overdue", variant: "ni-not-notified", params: { wrongOn: "2026-03-03" } });
    expect(a.value[0]?.reason).toContain("not given at a police station in Northern Ireland prescribed for notification");
    expect(a.findings.find((x) => x.variant === "ni-not-prescribed")?.verdict).toBe("no");
    expect(a.verdict).toBe("no");
  });

  it("a station outside Northern Ireland does not meet the duty, prescribed or not", () => {
    for (const prescribed of [true, false, undefined]) {
      const a = assess(note({ force: "kent", ...(prescribed === undefined ? {} : { prescribed }) }));
      expect(a.value[0]?.status).toBe("overdue");
      expect(a.findings.find((x) => x.variant === "ni-outside")).toMatchObject({ verdict: "no", params: { force: "kent" } });
    }
  });

  it("prescribed not recorded: not checked, the notification counts, naming notifications[0].station.prescribed", () => {
    const a = assess(note({ force: PSNI }));
    expect(a.value[0]?.status).toBe("met");
    expect(a.verdict).toBe("yes");
    const f = a.findings.find((x) => x.variant === "ni-prescribed-unrecorded");
    expect(f).toMatchObject({ rule: "notification.method-not-checked", verdict: "unknown", informative: true, missing: ["notifications[0].station.prescribed"] });
    expect(f?.reason).toContain("(convention)");
  });

  it("station not recorded: as in England and Wales, timing and content decide, with a note naming the path", () => {
    const a = assess(note(undefined));
    expect(a.value[0]?.status).toBe("met");
    const f = a.findings.find((x) => x.rule === "notification.method-not-checked");
    expect(f).toMatchObject({ variant: "unrecorded", missing: ["notifications[0].station"] });
    expect(labels(f!.citations)).toEqual(["PfS(NI)A 2022 s.15(1)"]);
  });

  it("no local-area rule: the police area of the home address is not asked for", () => {
    const a = assess({ ...note({ force: PSNI, prescribed: true }), homeAddressPoliceArea: "kent" });
    expect(a.value[0]?.status).toBe("met");
    expect(a.findings.find((x) => x.variant === "ni-how")?.reason).toContain("there is no local-area rule");
    expect(a.findings.some((x) => /local police area/.test(x.reason))).toBe(false);
    expect(labels(a.findings.find((x) => x.variant === "ni-how")!.citations)).toEqual(["PfS(NI)A 2022 s.15(1)", "PfS(NI)A 2022 s.15(2)"]);
  });
});

describe("fingerprints and photographs (s.15(3)–(4))", () => {
  const ni = (kinds: string[]) => assessIdentificationRequest({ kinds, applicantForce: PSNI });

  it("fingerprints and photographs may be required, to verify identity, citing s.15(3)–(4)", () => {
    const a = ni(["fingerprints", "photographs"]);
    expect(a.verdict).toBe("yes");
    const fingerprints = a.findings.find((f) => f.rule === "identification.fingerprints");
    expect(fingerprints).toMatchObject({ variant: "ni-allowed", verdict: "yes" });
    expect(labels(fingerprints!.citations)).toEqual(["PfS(NI)A 2022 s.15(3)(a)", "PfS(NI)A 2022 s.15(4)"]);
    expect(labels(a.findings.find((f) => f.rule === "identification.photograph")!.citations)).toEqual(["PfS(NI)A 2022 s.15(3)(b)", "PfS(NI)A 2022 s.15(4)"]);
    expect(fingerprints?.reason).toContain("police officer or authorised person receiving it");
  });

  it("no DNA or other sample", () => {
    const a = ni(["fingerprints", "DNA"]);
    expect(a.verdict).toBe("no");
    expect(a.findings.find((f) => f.rule === "identification.not-allowed")).toMatchObject({ verdict: "no", params: { kind: "dna" } });
  });

  it("a digital image is read as a photograph (the Act does not define the word)", () => {
    const f = ni(["digital image"]).findings.find((x) => x.rule === "identification.photograph");
    expect(f).toMatchObject({ variant: "ni-image", verdict: "yes" });
    expect(f?.reason).toContain("convention");
  });

  it("says the material is destroyed by the time the person ceases to be subject (s.15(5)–(6)), without deciding the date", () => {
    const f = ni(["photo"]).findings.find((x) => x.rule === "identification.destruction");
    expect(f).toMatchObject({ informative: true });
    expect(labels(f!.citations)).toEqual(["PfS(NI)A 2022 s.15(5)", "PfS(NI)A 2022 s.15(6)"]);
  });

  it("every citation is PfS(NI)A 2022; an England and Wales force gives the SPA 2019 answer unchanged", () => {
    for (const f of ni(["fingerprints", "image", "hair"]).findings) for (const c of f.citations) expect(c.source).toBe("PfS(NI)A 2022");
    expect(assessIdentificationRequest({ kinds: ["fingerprints", "image"], applicantForce: "kent" })).toEqual(assessIdentificationRequest({ kinds: ["fingerprints", "image"] }));
  });
});
