/** English sentences for appeals (SPA 2019 s.7) and the summary limit (s.8(3), s.11(7)). */

/** What each appealable decision is, by its id. */
export const AGAINST: Readonly<Record<string, string>> = {
  "order-made": "the making of the stalking protection order",
  "interim-order-made": "the making of the interim stalking protection order",
  "order-refused": "the refusal to make a stalking protection order",
  "interim-order-refused": "the refusal to make an interim stalking protection order",
  "section-4-made-on-chief-officer-application": "the order varying, renewing or discharging the order, made on a chief officer's application",
  "section-4-made-on-defendant-application": "the order varying, renewing or discharging the order, made on the defendant's application",
  "section-4-refused-defendant-application": "the refusal of the defendant's application to vary, renew or discharge the order",
  "section-4-refused-chief-officer-application": "the refusal of the chief officer's application to vary, renew or discharge the order",
};

const may = (who: string) => ({ "may-appeal": (p: { against: string }) => `${who} may appeal to the Crown Court against ${AGAINST[p.against] ?? p.against}.` });

export const appealsAndPenaltiesMessages = {
  "appeal.defendant": may("The defendant"),
  "appeal.chief-officer-who-applied": may("The chief officer who applied"),
  "appeal.relevant-chief-officer": may("A relevant chief officer of police"),
  "penalty.summary-custody": {
    "before-may-2022": (p: { offenceOn: string }) => `The offence was committed on ${p.offenceOn}, before 2 May 2022, so the summary maximum is 6 months' custody whenever the conviction.`,
    "general-limit": (p: { on: string; months: number; hypothetical: boolean }) =>
      `For an offence committed on or after 2 May 2022, the general limit in a magistrates' court ${p.hypothetical ? `on a conviction on ${p.on}` : `on conviction on ${p.on}`} is ${p.months} months' custody.`,
  },
  "penalty.depends-on-conviction": {
    "as-at": (p: { months: number; on: string }) => `No conviction date is given: ${p.months} months is the limit for a conviction on ${p.on}; it depends on the date of conviction.`,
  },
  "penalty.conditional-discharge": {
    barred: () => "A conditional discharge is not available on conviction for breach of an order.",
  },
};
