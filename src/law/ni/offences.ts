/**
 * The offences of the Northern Ireland Act as data (PfS(NI)A 2022 s.13, s.16): the same six ids as in England and
 * Wales, with this Act's provisions and what it says of sentence. No PNLD or CJS codes are known for them, so
 * the codes are `null`, never borrowed from England and Wales; no sentencing guideline applies (the Sentencing
 * Council's is for England and Wales only).
 */
import { pfs } from "../../core/citation";
import { deepFreeze } from "../../core/freeze";
import type { Offence } from "../offences/catalogue";
import { NI_INDICTMENT_MAXIMUM } from "./penalties";

/**
 * A Northern Ireland offence: no codes, triable either way, 5 years on indictment, no guideline; neither s.13 nor
 * s.16 bars a conditional discharge (there is no counterpart of the England and Wales bar for breach).
 */
function niOffence(offence: Offence["offence"], title: string, provisions: string[], continuing: boolean): Offence {
  return {
    offence,
    title,
    provisions: provisions.map((p) => pfs(p)),
    pnldCode: null,
    cjsCode: null,
    modeOfTrial: "either-way",
    maximumOnIndictment: { ...NI_INDICTMENT_MAXIMUM },
    conditionalDischargeAvailable: true,
    continuing,
    sentencingGuideline: null,
  };
}

/**
 * The six offences of the Northern Ireland Act: breach of an order without reasonable excuse (s.13(1)); failing
 * without reasonable excuse to give the initial, new-name or new-address notification (s.16(1)(a) with s.14(1),
 * (3), (4)), the only continuing offences (s.16(3)–(5)); notifying information known to be false (s.16(1)(b));
 * failing without reasonable excuse to allow fingerprints or photographs (s.16(1)(c) with s.15(3)). All are
 * triable either way: 5 years or a fine, or both, on indictment; 6 months or a fine not exceeding the statutory
 * maximum, or both, summarily (s.13(3), s.16(2)).
 * @see https://www.legislation.gov.uk/nia/2022/17/section/13
 * @see https://www.legislation.gov.uk/nia/2022/17/section/16
 */
export const NI_OFFENCES: readonly Offence[] = deepFreeze([
  niOffence("breach-of-order", "Breach of a stalking protection order or interim stalking protection order without reasonable excuse", ["s.13(1)", "s.13(3)"], false),
  niOffence(
    "failure-to-notify-initial",
    "Failure without reasonable excuse to notify name(s) and home address within 3 days of the order coming into force (or of the final day)",
    ["s.14(1)", "s.16(1)(a)", "s.16(2)"],
    true,
  ),
  niOffence("failure-to-notify-new-name", "Failure without reasonable excuse to notify a name not already notified within 3 days", ["s.14(3)", "s.16(1)(a)", "s.16(2)"], true),
  niOffence("failure-to-notify-new-address", "Failure without reasonable excuse to notify a new home address within 3 days", ["s.14(4)", "s.16(1)(a)", "s.16(2)"], true),
  niOffence(
    "failure-to-allow-fingerprints-or-photographs",
    "Failure without reasonable excuse to allow fingerprints or photographs to be taken when requested on notification",
    ["s.15(3)", "s.16(1)(c)", "s.16(2)"],
    false,
  ),
  niOffence("false-information", "Notifying information known to be false in purported compliance with the notification requirements", ["s.16(1)(b)", "s.16(2)"], false),
]);
