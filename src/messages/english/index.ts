/**
 * The English catalogue: every sentence every rule can say. A Northern Ireland file may add variants to a rule
 * England and Wales also has (the same question, answered under the other Act) or rules of its own; the two are
 * merged variant by variant.
 */
import { applicationMessages } from "./application";
import { groundsMessages } from "./grounds";
import { appealsAndPenaltiesMessages } from "./appeals-penalties";
import { dischargeMessages } from "./discharge";
import { inForceMessages } from "./in-force";
import { notificationMessages } from "./notification";
import { offenceMessages } from "./offences";
import { orderMessages } from "./orders";
import { niApplicationMessages } from "./ni-application";
import { niNotificationMessages } from "./ni-notification";
import { niOffencesMessages } from "./ni-offences";
import { niOrdersMessages } from "./ni-orders";

type Catalogue = Record<string, Record<string, unknown>>;

/** Two catalogues' rules, each rule's variants from both. */
type Merged<A, B> = { [R in keyof A | keyof B]: (R extends keyof A ? A[R] : unknown) & (R extends keyof B ? B[R] : unknown) };

/** Merges catalogues rule by rule, so a rule's variants can come from several files. */
function merge<A extends Catalogue, B extends Catalogue>(a: A, b: B): Merged<A, B> {
  const out: Catalogue = { ...a };
  for (const [rule, variants] of Object.entries(b)) out[rule] = { ...(out[rule] ?? {}), ...variants };
  return out as Merged<A, B>;
}

const englandAndWales = {
  ...applicationMessages,
  ...groundsMessages,
  ...orderMessages,
  ...inForceMessages,
  ...dischargeMessages,
  ...appealsAndPenaltiesMessages,
  ...notificationMessages,
  ...offenceMessages,
};

// Merged too, so two Northern Ireland files may add variants to the same rule.
const northernIreland = merge(merge(niApplicationMessages, niOrdersMessages), merge(niNotificationMessages, niOffencesMessages));

export const englishRuleMessages = merge(englandAndWales, northernIreland);
