import type { Token } from '../text/token.js';
import { foldDiacritics } from '../text/normalize.js';
import type { Check, CheckResult } from './check.js';

/**
 * Romanian words that negate a clause (folded, lower case). "nu" also stands
 * in its clitic forms (n-a, n-au, nu-i, nu-l), read from the token's first part.
 */
const RO_NEGATORS = new Set([
  'nu',
  'n',
  'niciun',
  'nicio',
  'niciunul',
  'niciuna',
  'niciunii',
  'niciunele',
  'niciunui',
  'niciunei',
  'nimic',
  'nimeni',
  'nimanui',
  'niciodata',
  'nicaieri',
  'nici',
  'fara',
]);

/** English words that negate a clause, lower case ("n't" is read from contractions). */
const EN_NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'none',
  'nobody',
  'neither',
  'nor',
  'without',
  'nowhere',
  'cannot',
  'no-one',
]);

/**
 * Other English ways to carry a Romanian negation: a near-negative adverb
 * ("abia" = hardly), a verb that means "not do" (nu a comentat = declined to
 * comment; nu a reușit = failed to), a negative adjective (nu este clar = it
 * is unclear), "-less" / "-free" words (fără adăpost = homeless). Enough to
 * keep a translation quiet; never reported as an added negation.
 */
const EN_WEAK =
  /^(?:hardly|barely|scarcely|seldom|rarely|few|little|lack\w*|absen\w*|fail\w*|refus\w*|declin\w*|den(?:y|ies|ied|ying|ial)|reject\w*|avoid\w*|prevent\w*|exclud\w*|except\w*|instead|rather|unless|yet|free|minus|zero|nil|against|ban|bann\w*|forbid\w*|prohibit\w*|stop\w*|ceas\w*|impossible|illegal\w*|un[a-z]{3,}|in(?:capable|sufficient\w*|ability|complete|accurate|adequate\w*|effective)|im(?:possible|probable|mune)|dis(?:agree\w*|approv\w*|allow\w*|continu\w*)|non[-a-z]\w*|\w{3,}less|\w+-free|ignor\w*|spar\w*|exempt\w*|withh\w*|silent\w*|postpon\w*|neglig\w*)$/;

/**
 * Romanian ways to say what English says with a negation: ne- / in- / im-
 * adjectives (neclar = unclear, imposibil), "lipsă" (no, without), verbs of
 * refusing, failing, forbidding, "decât" (nu ... decât = only), "abia".
 * Never reported as a missing negation; they only keep an English "not" quiet.
 */
const RO_WEAK =
  /^(?:ne(?!gocia|cesa|voi|vast)[a-z]{3,}(?:at|ata|ate|ati|it|ita|ite|iti|ut|uta|ute|uti|abil|abila|abile|ibil|ibila|ibile|clar|clara|sigur|sigura)|(?:imposibil|improbabil|incapabil|insuficien|inutil|incert|inacceptabil|ilegal|inadecvat|ineficien|incomplet|inexact|interzis|indisponibil|inaccesibil)\w*|lips\w*|refuz\w*|esu\w*|interzi\w*|exclu\w*|evit\w*|abia|decat|doar|numai|respin\w*|opri\w*|absen\w*|zero|nul\w*|dezmint\w*|neag\w*|nega\w*|ramas\w*|ramane\w*|inca|tot|pastr\w*|amana\w*|amani\w*|sub|dincolo|departe|pierd\w*|pierdu\w*|scap\w*|tacut\w*|ignor\w*|anula\w*|suspend\w*|blocat\w*|imun\w*|scutit\w*|gratuit\w*|liber\w*|contra|impotriva|pana|inainte|stop\w*|renunt\w*|incet\w*|putin\w*|rar\w*|greu)$/;

interface Negation {
  start: number;
  end: number;
  text: string;
}

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');

/**
 * The negations of a Romanian sentence, folded. Leaves out those that do not
 * negate what they stand in: "nu numai/nu doar ... ci și" (not only ... but
 * also, which English often says "both"), the question tags "nu-i așa?",
 * "..., nu?", "până (ce) nu" (until), "nu mai puțin/mult de" (at least, at
 * most), and "nu ... decât" (only).
 */
export function romanianNegations(tokens: readonly Token[]): Negation[] {
  const out: Negation[] = [];
  const words = tokens.filter((t) => t.kind === 'word' || t.kind === 'abbreviation');
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    // Every negator starts with n or f: most words are ruled out before any string is made.
    const c0 = t.text.charCodeAt(0) | 0x20;
    if (c0 !== 0x6e && c0 !== 0x66) continue;
    const lowerText = foldDiacritics(t.text.toLowerCase());
    const head = lowerText.split('-')[0]!;
    if (!RO_NEGATORS.has(head)) continue;
    // "n" counts only as the clitic "n-a", "n-au"; "nu-i" also as "nu".
    if (head === 'n' && !lowerText.includes('-')) continue;
    const next = foldDiacritics(lower(words[i + 1]));
    const next2 = foldDiacritics(lower(words[i + 2]));
    if (head === 'nu' || head === 'n') {
      if (next === 'numai' || next === 'doar') continue;
      if (lowerText === 'nu-i' && next === 'asa') continue;
      // "nu în ultimul rând" is "last but not least".
      if (next === 'in' && next2 === 'ultimul') continue;
      if (next === 'mai' && (next2 === 'putin' || next2 === 'mult') && foldDiacritics(lower(words[i + 3])) === 'de')
        continue;
      const prev = foldDiacritics(lower(words[i - 1]));
      if (prev === 'pana' || (prev === 'ce' && foldDiacritics(lower(words[i - 2])) === 'pana')) continue;
      // A tag question: ", nu?" at the end.
      const after = tokens[tokens.indexOf(t) + 1];
      if (lowerText === 'nu' && after?.text === '?' && !words[i + 1]) continue;
      if (
        words.slice(i + 1).some((w) => foldDiacritics(w.text.toLowerCase()) === 'decat') &&
        !hasOtherNegator(words, i)
      )
        continue;
    }
    // "fără îndoială" is "certainly", "fără doar și poate" "no doubt".
    if (head === 'fara' && (next === 'indoiala' || next === 'doar')) continue;
    // "nici măcar" is "not even"; "nici ... nici" one negation twice: both count, presence is what matters.
    out.push({ start: t.start, end: t.end, text: t.text });
  }
  return out;
}

function hasOtherNegator(words: readonly Token[], skip: number): boolean {
  return words.some((w, k) => {
    if (k === skip) return false;
    const head = foldDiacritics(w.text.toLowerCase()).split('-')[0]!;
    return RO_NEGATORS.has(head) && head !== 'nu' && head !== 'n';
  });
}

/**
 * The negations of an English sentence. Leaves out "not only/just" (not only
 * ... but also), "No." before a number (Law No. 12), "no matter", "no later
 * than", "no sooner", "not least", "or not", "no doubt", "not to mention".
 */
export function englishNegations(tokens: readonly Token[]): Negation[] {
  const out: Negation[] = [];
  const words = tokens.filter((t) => t.kind === 'word' || t.kind === 'abbreviation');
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    // Every negator starts with n, w or c, and every contraction ends in "t": a cheap test before any string is made.
    const c0 = t.text.charCodeAt(0) | 0x20;
    if (c0 !== 0x6e && c0 !== 0x77 && c0 !== 0x63 && (t.text.charCodeAt(t.text.length - 1) | 0x20) !== 0x74) continue;
    const w = t.text.toLowerCase().replace(/’/g, "'");
    const contraction = /n't$/.test(w);
    if (!contraction && !EN_NEGATORS.has(w)) continue;
    const idx = tokens.indexOf(t);
    const next = lower(words[i + 1]);
    const next2 = lower(words[i + 2]);
    if (w === 'no' && (tokens[idx + 1]?.text === '.' || tokens[idx + 1]?.kind === 'number')) continue;
    if (w === 'no' && (next === 'matter' || next === 'doubt' || next === 'sooner' || next === 'wonder')) continue;
    if (
      (w === 'no' || w === 'not') &&
      (next === 'later' || next === 'earlier' || next === 'less' || next === 'fewer' || next === 'more') &&
      next2 === 'than'
    )
      continue;
    if ((w === 'not' || contraction) && (next === 'only' || next === 'just' || next === 'least' || next === 'merely'))
      continue;
    if (w === 'not' && next === 'to' && next2 === 'mention') continue;
    if (w === 'not' && lower(words[i - 1]) === 'or') continue;
    // A tag question: "…, isn't it?", "…, don't they?".
    if (contraction && tokens[idx - 1]?.text === ',' && tokens[idx + 2]?.text === '?') continue;
    out.push({ start: t.start, end: t.end, text: t.text });
  }
  return out;
}

function hasWeak(tokens: readonly Token[], re: RegExp, fold: boolean): boolean {
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const w = fold ? foldDiacritics(t.text.toLowerCase()) : t.text.toLowerCase();
    if (re.test(w)) return true;
  }
  return false;
}

/**
 * `negation-mismatch`: the source negates and the translation does not, or
 * the reverse. A dropped "not" reverses the meaning and is the costliest
 * error a reviewer can miss (ro-en-notes.md). Compares presence, not counts,
 * so that double negation ("nimeni nu" = nobody) and "nici ... nici" =
 * "neither ... nor" stay quiet; and accepts the English ways of negating
 * without a negator (hardly, failed to, declined to, unclear, homeless), and
 * the Romanian ones for an English "not" (neclar, lipsă, refuză, nu ... decât).
 */
export const negationMismatch: Check = {
  id: 'negation-mismatch',
  defaultSeverity: 'warning',
  scope: 'segment',
  messageKeys: ['check.negation-mismatch.missing', 'check.negation-mismatch.added'],
  segment(ctx) {
    const { segment, sourceTokens, targetTokens } = ctx;
    if (segment.target.trim() === '' || segment.source.trim() === '') return [];
    const source = ctx.memo('source', 'negations', () => romanianNegations(sourceTokens));
    const target = englishNegations(targetTokens);
    if (source.length > 0 === target.length > 0) return [];
    const out: CheckResult[] = [];
    if (source.length > 0) {
      if (hasWeak(targetTokens, EN_WEAK, false)) return [];
      const s = source[0]!;
      out.push({
        segmentId: segment.id,
        sourceRange: { start: s.start, end: s.end },
        messageKey: 'check.negation-mismatch.missing',
        params: { source: s.text },
      });
    } else {
      if (ctx.memo('source', 'negationWeak', () => hasWeak(sourceTokens, RO_WEAK, true))) return [];
      const t = target[0]!;
      out.push({
        segmentId: segment.id,
        range: { start: t.start, end: t.end },
        messageKey: 'check.negation-mismatch.added',
        params: { found: t.text },
      });
    }
    return out;
  },
};
