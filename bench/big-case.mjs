// A large case file for the scaling benchmark and test: `n` full orders (each made on its own day, some ended),
// `n` events (moves and names), `n` notifications each recording its station, and `n` term breaches — every part
// of the history the rules index, so a quadratic step anywhere shows as a ratio far above 10 between n and 10n.
const DAY = 86_400_000;
const day = (i) => new Date(Date.UTC(2021, 0, 4) + i * DAY).toISOString().slice(0, 10);
const AREAS = ["kent", "essex", "sussex"];

/**
 * A valid case file of size `n`.
 * @param {number} n
 */
export function bigCase(n) {
  const span = Math.max(30, Math.ceil(n / 4));
  const orders = Array.from({ length: n }, (_, i) => {
    const made = day(i % span);
    return {
      id: `SPO-${i}`,
      kind: "full",
      madeOn: made,
      servedAt: made,
      applicantForce: AREAS[i % 3],
      courtArea: AREAS[i % 3],
      duration: i % 5 === 0 ? { type: "fixed", lastDay: day((i % span) + 800) } : { type: "until-further-order" },
      compatibleWithEarlierOrders: true,
      terms: [{ id: `T${i % 50}`, type: "prohibition", text: "Must not contact V-1." }],
    };
  });
  const events = Array.from({ length: n }, (_, i) =>
    i % 2 === 0
      ? { type: "address-changed", on: day((i * 7) % (span + 60)), address: `${i % 200} High Street`, policeArea: AREAS[i % 3] }
      : { type: "name-used", on: day((i * 5) % (span + 60)), name: `Name ${i % 300}` },
  );
  const notifications = Array.from({ length: n }, (_, i) => ({
    at: `${day((i * 3) % (span + 60))}T${String(8 + (i % 12)).padStart(2, "0")}:30:00Z`,
    names: [`Name ${i % 300}`, "Sam Reeve"],
    homeAddress: `${i % 200} High Street`,
    station: { force: AREAS[(i + 1) % 3] },
  }));
  const incidents = Array.from({ length: n }, (_, i) => ({ type: "term-breached", termId: `T${i % 50}`, at: `${day(i % (span + 60))}T21:00:00Z`, reasonableExcuse: i % 3 === 0 ? null : false, orderId: i % 4 === 0 ? `SPO-${i}` : undefined }));
  return { asOf: day(span + 90), orders, notification: { events, notifications }, incidents: incidents.map((x) => (x.orderId === undefined ? { ...x, orderId: undefined } : x)).map(({ orderId, ...rest }) => (orderId === undefined ? rest : { ...rest, orderId })) };
}
