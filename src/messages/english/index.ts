/** The English catalogue: every sentence every rule can say. */
import { applicationMessages } from "./application";
import { groundsMessages } from "./grounds";
import { appealsAndPenaltiesMessages } from "./appeals-penalties";
import { dischargeMessages } from "./discharge";
import { inForceMessages } from "./in-force";
import { notificationMessages } from "./notification";
import { offenceMessages } from "./offences";
import { orderMessages } from "./orders";

export const englishRuleMessages = {
  ...applicationMessages,
  ...groundsMessages,
  ...orderMessages,
  ...inForceMessages,
  ...dischargeMessages,
  ...appealsAndPenaltiesMessages,
  ...notificationMessages,
  ...offenceMessages,
};
