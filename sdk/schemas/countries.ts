/**
 * ISO 3166-1 and ISO 4217 code lists, kept as packed strings because they sit in the SDK entry
 * (budget ≤ 25 kB gzip). Names are not shipped: the UI takes them from `Intl.DisplayNames`.
 * State of the standards as of 2026: Bulgaria and Croatia use EUR, Curaçao and Sint Maarten XCG,
 * Zimbabwe ZWG, Sierra Leone SLE; withdrawn codes (ANG, BGN, CUC, HRK, SLL, ZWL) are not active.
 */

/** All 249 officially assigned ISO 3166-1 alpha-2 codes, two letters each, in order. */
const COUNTRIES =
  'ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZ' +
  'DEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISIT' +
  'JEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNI' +
  'NLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTK' +
  'TLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW';

/** ISO 4217 list A.1: the active currency, fund and special codes, three letters each. */
const CURRENCIES =
  'AEDAFNALLAMDAOAARSAUDAWGAZNBAMBBDBDTBHDBIFBMDBNDBOBBOVBRLBSDBTNBWPBYNBZDCADCDFCHECHFCHWCLFCLPCNYCOPCOUCRCCUPCVE' +
  'CZKDJFDKKDOPDZDEGPERNETBEURFJDFKPGBPGELGHSGIPGMDGNFGTQGYDHKDHNLHTGHUFIDRILSINRIQDIRRISKJMDJODJPYKESKGSKHRKMFKPW' +
  'KRWKWDKYDKZTLAKLBPLKRLRDLSLLYDMADMDLMGAMKDMMKMNTMOPMRUMURMVRMWKMXNMXVMYRMZNNADNGNNIONOKNPRNZDOMRPABPENPGKPHPPKR' +
  'PLNPYGQARRONRSDRUBRWFSARSBDSCRSDGSEKSGDSHPSLESOSSRDSSPSTNSVCSYPSZLTHBTJSTMTTNDTOPTRYTTDTWDTZSUAHUGXUSDUSNUYIUYU' +
  'UYWUZSVEDVESVNDVUVWSTXAFXAGXAUXBAXBBXBCXBDXCDXCGXDRXOFXPDXPFXPTXSUXTSXUAXXXYERZARZMWZWG';

/**
 * Countries whose default currency does not simply start with their own code, grouped by currency.
 * Every other assigned country uses the one active currency whose code starts with the country code
 * (SG → SGD, JP → JPY). AQ (Antarctica) has no currency.
 */
const CURRENCY_GROUPS =
  'EUR:ADATAXBEBGBLCYDEEEESFIFRGFGPGRHRIEITLTLULVMCMEMFMQMTNLPMPTRESISKSMTFVAYT;' +
  'USD:ASBQECFMGUIOMHMPPRPWSVTCTLUMUSVGVI;XCD:AGAIDMGDKNLCMSVC;XOF:BFBJCIGWMLNESNTG;XAF:CFCGCMGAGQTD;XPF:NCPFWF;' +
  'AUD:AUCCCXHMKINFNRTV;NZD:CKNUNZPNTK;NOK:BVNOSJ;DKK:DKFOGL;GBP:GBGGGSIMJE;CHF:CHLI;ILS:ILPS;MAD:EHMA;XCG:CWSX;' +
  'BOB:BO;CLP:CL;COP:CO;MXN:MX;UYU:UY;VES:VE';

const split = (packed: string, size: number): string[] => packed.match(new RegExp(`.{${size}}`, 'g')) ?? [];

let countrySet: ReadonlySet<string> | undefined;
let currencySet: ReadonlySet<string> | undefined;
let defaults: ReadonlyMap<string, string> | undefined;

/** The assigned ISO 3166-1 alpha-2 codes, in alphabetical order. */
export function assignedCountries(): readonly string[] {
  return [...countries()];
}

function countries(): ReadonlySet<string> {
  return (countrySet ??= new Set(split(COUNTRIES, 2)));
}

function currencies(): ReadonlySet<string> {
  return (currencySet ??= new Set(split(CURRENCIES, 3)));
}

/** True for an officially assigned ISO 3166-1 alpha-2 code (upper case); false for XX, AA, XK, UK, EU. */
export function isAssignedCountry(code: string): boolean {
  return countries().has(code);
}

/** True for an active ISO 4217 alpha-3 code (upper case). */
export function isIsoCurrency(code: string): boolean {
  return currencies().has(code);
}

function defaultCurrencies(): ReadonlyMap<string, string> {
  if (defaults) return defaults;
  const map = new Map<string, string>();
  for (const group of CURRENCY_GROUPS.split(';')) {
    const [currency = '', members = ''] = group.split(':');
    for (const country of split(members, 2)) map.set(country, currency);
  }
  for (const country of countries()) {
    if (map.has(country)) continue;
    const candidates = [...currencies()].filter((currency) => currency.startsWith(country));
    if (candidates.length === 1) map.set(country, candidates[0] as string);
  }
  return (defaults = map);
}

/**
 * The usual currency of a country (SG → SGD, DE → EUR, PR → USD), to preselect in a form; null for an
 * unassigned code or a territory without one (AQ). The caller still has to check `enabledCurrencies`.
 */
export function suggestCurrency(countryCode: string): string | null {
  return defaultCurrencies().get(countryCode) ?? null;
}
