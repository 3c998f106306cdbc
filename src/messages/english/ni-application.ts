/** English sentences of the Northern Ireland rules (PfS(NI)A 2022): commencement, the applicant, grounds, venue. Merged variant by variant with the England and Wales ones. */

/** Commencement of the Northern Ireland Act's order provisions, for anything dated (`what`: "application", "order"). */
const niCommencement = {
  "ni-yes": (p: { what: string; on: string }) => `The ${p.what} is dated ${p.on}, on or after 19 October 2023, when the Northern Ireland Act's provisions on orders came into operation.`,
  "ni-before": (p: { what: string; on: string }) => `No ${p.what} could exist on ${p.on}: the Northern Ireland Act's provisions on orders came into operation on 19 October 2023.`,
};

export const niApplicationMessages = {
  "application.commencement": niCommencement,
  "order.commencement": niCommencement,
};
