/**
 * The message catalogue: every sentence the library prints, keyed by rule id (one function per variant of the
 * rule's finding) and by text id (headings, the layout of a line, dates). English is built in; a force can
 * supply a complete catalogue of the same type and get no English at all.
 */
import { englishRuleMessages } from "./english";
import { englishText } from "./english/text";
import type { RuleMessages } from "./rules";

/** The text ids and what each mentions (headings, layout, dates), as the English catalogue defines them. */
export type TextMessages = typeof englishText;

/** Every text id. */
export type TextId = keyof TextMessages;

/**
 * A complete catalogue: for every rule id an object with a function per variant, and a function for every text
 * id, each taking the params the English one takes. A missing key is a type error.
 */
export type Messages = { readonly [R in keyof RuleMessages]: { readonly [V in keyof RuleMessages[R]]: RuleMessages[R][V] } } & { readonly [T in TextId]: TextMessages[T] };

/**
 * The English catalogue, built in: what `reason` holds and what `explain` prints by default. No other language
 * ships until a qualified translator has reviewed it.
 * @example explain(report, { messages: englishMessages }) === explain(report) // true
 */
export const englishMessages: Messages = Object.freeze({ ...englishRuleMessages, ...englishText });

export { RULE_IDS, type ParamsOf, type RuleId, type RuleMessages, type VariantOf } from "./rules";
export type { ParamValue, Params } from "./types";

/** Every text id, in a fixed order. */
export const TEXT_IDS = Object.freeze(Object.keys(englishText)) as readonly TextId[];
