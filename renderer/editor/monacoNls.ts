/**
 * Monaco's own strings that the workbench shows (the find widget, the
 * problem peek, the marker hover, the quick-fix menu, the context menu), in
 * Romanian, through Monaco's localisation mechanism: the ESM build looks
 * each message up by number in `globalThis._VSCODE_NLS_MESSAGES` and falls
 * back to its English text where the table has no string (vs/nls.js). That
 * is how monaco-editor/esm/vs/nls/lang/*.js provide their languages; there
 * is no Romanian one.
 *
 * The numbers belong to this Monaco build (0.57); the unit test checks each
 * against the English text in node_modules, so an upgrade that renumbers
 * them fails the test rather than showing the wrong words.
 *
 * Labels Monaco builds when its modules load (the context menu's Cut, Copy,
 * Paste and the "Quick Fix…" action) follow the language the page starts in;
 * the rest follow a language switch at once.
 */

/** Message number → [Monaco's English text, Romanian]. */
export const MONACO_RO: Readonly<Record<number, readonly [string, string]>> = {
  2: ['Match Case', 'Potrivire majuscule/minuscule'],
  3: ['Match Whole Word', 'Doar cuvinte întregi'],
  4: ['Use Regular Expression', 'Expresie regulată'],
  6: ['Preserve Case', 'Păstrează majusculele'],
  865: ['Cut', 'Decupează'],
  869: ['Copy', 'Copiază'],
  873: ['Paste', 'Lipește'],
  877: ['Copy As', 'Copiază ca'],
  888: ['No code actions available', 'Nicio corectură disponibilă'],
  892: ['No code actions available', 'Nicio corectură disponibilă'],
  904: ['Quick Fix...', 'Corectură rapidă…'],
  917: ['More Actions...', 'Mai multe acțiuni…'],
  918: ['Quick Fix', 'Corectură rapidă'],
  1018: ['Find / Replace', 'Căutare / înlocuire'],
  1019: ['Find', 'Căutare'],
  1020: ['Find', 'Căutare'],
  1021: ['Previous Match', 'Rezultatul anterior'],
  1022: ['Next Match', 'Rezultatul următor'],
  1023: ['Find in Selection', 'Caută în selecție'],
  1024: ['Close', 'Închide'],
  1025: ['Replace', 'Înlocuire'],
  1026: ['Replace', 'Înlocuire'],
  1027: ['Replace', 'Înlocuiește'],
  1028: ['Replace All', 'Înlocuiește tot'],
  1029: ['Toggle Replace', 'Arată sau ascunde înlocuirea'],
  1030: [
    'Only the first {0} results are highlighted, but all find operations work on the entire text.',
    'Doar primele {0} rezultate sunt evidențiate, dar căutarea și înlocuirea lucrează pe tot textul.',
  ],
  1031: ['{0} of {1}', '{0} din {1}'],
  1032: ['No results', 'Niciun rezultat'],
  1033: ['{0} found', '{0} găsite'],
  1034: ["{0} found for '{1}'", '{0} găsite pentru „{1}”'],
  1035: ["{0} found for '{1}', at {2}", '{0} găsite pentru „{1}”, la {2}'],
  1036: ["{0} found for '{1}'", '{0} găsite pentru „{1}”'],
  1082: ['Error', 'Eroare'],
  1083: ['Warning', 'Avertisment'],
  1084: ['Info', 'Observație'],
  1085: ['Hint', 'Indiciu'],
  1086: ['{0}: {1} at {2}. ', '{0}: {1} la {2}. '],
  1087: ['{0} of {1} problems', '{0} din {1} probleme'],
  1088: ['{0} of {1} problem', '{0} din {1} problemă'],
  1195: ['View Problem', 'Vezi problema'],
  1196: ['No quick fixes available', 'Nicio corectură rapidă disponibilă'],
  1197: ['Checking for quick fixes...', 'Se caută corecturi rapide…'],
  1198: ['No quick fixes available', 'Nicio corectură rapidă disponibilă'],
  1199: ['Quick Fix...', 'Corectură rapidă…'],
  1374: ['Change All Occurrences', 'Schimbă toate aparițiile'],
};

/** Where the page's UI language is remembered for the next start (read before Monaco loads). */
const STORAGE_KEY = 'dragoman.uiLanguage';

declare global {
  var _VSCODE_NLS_MESSAGES: (string | undefined)[] | undefined;
}

/** The one table Monaco reads; filled in place, so a language switch reaches it. */
const table: (string | undefined)[] = [];
globalThis._VSCODE_NLS_MESSAGES = table;

/** Fills Monaco's message table for a UI language (English: empty, Monaco's own texts). */
export function setMonacoLanguage(language: string): void {
  table.length = 0;
  if (language === 'ro') for (const [n, [, ro]] of Object.entries(MONACO_RO)) table[Number(n)] = ro;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // No storage (a locked-down profile): the next start begins in English until the language is known.
  }
}

/** The language to start Monaco in: the `lang` query parameter, else the last one used. */
function startLanguage(): string {
  try {
    return new URLSearchParams(window.location.search).get('lang') ?? window.localStorage.getItem(STORAGE_KEY) ?? 'en';
  } catch {
    return 'en';
  }
}

setMonacoLanguage(startLanguage());
