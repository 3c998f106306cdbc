// The local-police-area check (s.10(1)–(3)) at n log n agrees with the direct scan version 0.1 used, on records
// dense with moves, advance notices, areas left out and stations outside the area.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { addDays, parseWhen, startOfLondonDay } from "../../../src/core/calendar";
import { historyOf } from "../../../src/law/history";
import { methodOfNotification } from "../../../src/law/notification/method";
import { prepareRecord } from "../../../src/law/notification/record";
import type { NotificationEvent, NotificationRecord } from "../../../src/model/schemas";
import { fullOrder } from "../../support/builders";
import { referenceStationVerdicts } from "../../support/reference-method";

const ADDRESSES = ["1 Old Street", "2 New Road", "3 Mill Lane"];
const AREAS = ["kent", "essex", "outside-england-and-wales"] as const;
const STATIONS = ["kent", "essex", "british-transport-police"] as const;

/** A day in a short window, or a time on it (never exactly midnight, where the two versions order ties differently). */
const when = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.option(fc.integer({ min: 1, max: 47 }), { nil: undefined })).map(([d, half]) => {
  const day = addDays("2026-03-27", d);
  return half === undefined ? day : new Date(startOfLondonDay(day) + half * 1_800_000 + 60_000).toISOString();
});

const event: fc.Arbitrary<NotificationEvent> = fc
  .tuple(when, fc.constantFrom(...ADDRESSES), fc.option(fc.constantFrom(...AREAS), { nil: undefined }))
  .map(([on, address, area]) => (area === undefined ? { type: "address-changed", on, address } : { type: "address-changed", on, address, policeArea: area }));

const note: fc.Arbitrary<NotificationRecord> = fc
  .tuple(when, fc.option(fc.constantFrom(...ADDRESSES), { nil: undefined }), fc.option(fc.constantFrom(...AREAS), { nil: undefined }), fc.option(fc.constantFrom(...STATIONS), { nil: undefined }))
  .map(([at, homeAddress, area, station]) => {
    const n: NotificationRecord = { at, names: ["Sam Reeve"] };
    if (homeAddress !== undefined) n.homeAddress = homeAddress;
    if (area !== undefined) n.homeAddressPoliceArea = area;
    if (station !== undefined) n.station = { force: station };
    return n;
  });

describe("the local police area at each notification", () => {
  test.prop([fc.array(event, { maxLength: 8 }), fc.array(note, { maxLength: 8 }), fc.option(fc.constantFrom("kent", "essex"), { nil: undefined }), when], { numRuns: Number(process.env.FUZZ_RUNS ?? 500) })(
    "agrees with the direct scan: same verdict and same missing input for every notification with a station",
    (events, notifications, courtArea, asOfText) => {
      const order = fullOrder({ madeOn: "2026-03-20", ...(courtArea === undefined ? {} : { courtArea }) });
      const asOf = parseWhen(asOfText);
      const record = prepareRecord({ events, notifications }, asOf);
      const result = methodOfNotification(record, historyOf(order), { events: "events", notifications: "notifications" });
      const actual = record.notes.flatMap((n, i) => (n.item.station === undefined ? [] : [{ index: n.index, verdict: result.verdicts[i], missing: result.missing[i] }]));
      expect(actual).toEqual(referenceStationVerdicts(order, asOf, { events, notifications }));
    },
  );
});
