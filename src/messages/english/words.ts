/**
 * English words for the library's own ids: forces, ranks, lists. Messages take ids as params and say them here,
 * so another language can say them its own way.
 */
import { getForce, type ForceId } from "../../model/forces";

/** The force's name, e.g. "Kent Police". */
export function forceName(id: string): string {
  return getForce(id as ForceId).name;
}

/** The force's chief officer, e.g. "Chief Constable of Kent Police". */
export function chiefOfficerOf(id: string): string {
  return getForce(id as ForceId).chiefOfficer;
}

/** Rank ids are a closed list, so each one's words are worked out once (a `replaceAll` per finding showed in profiles). */
const RANK_WORDS = new Map<string, string>();

/** A rank as words: "chief-inspector" → "chief inspector". */
export function rankWords(rank: string): string {
  let words = RANK_WORDS.get(rank);
  if (words === undefined) {
    words = rank.replaceAll("-", " ");
    // Only the library's own rank ids reach here, but a bound keeps a caller's text from filling the cache.
    if (RANK_WORDS.size < 64) RANK_WORDS.set(rank, words);
  }
  return words;
}

/** "a" or "an" before a force's name. */
export function article(name: string): string {
  return /^[AEIOU]/.test(name) ? "an" : "a";
}

/** Upper-cases the first letter. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
