/**
 * ISO 3166-1 and ISO 4217 code lists, packed into strings because they sit in the SDK entry (budget ≤ 30 kB gzip).
 * Names are not shipped: the UI takes them from `Intl.DisplayNames`.
 * State of the standards as of 2026: Bulgaria and Croatia use EUR, Curaçao and Sint Maarten XCG,
 * Zimbabwe ZWG, Sierra Leone SLE; withdrawn codes (ANG, BGN, CUC, HRK, SLL, ZWL) are not active.
 */

/**
 * All 249 officially assigned ISO 3166-1 alpha-2 codes, in order, with the ISO 4217 list A.1 codes (active
 * currency, fund and special codes) that start with them. One group per first letter: each lower-case letter
 * completes a country code, and the capitals after it complete currency codes of that country:
 * `AeD` is AE with AED, `BoBV` is BO with BOB and BOV, `Aq` is AQ without any.
 */
const CODES =
  'AdeDfNgilLmDoAqrSstuDwGxzN BaMbDdTefghDiFjlmDnDoBVqrLsDtNvwPyNzD CaDcdFfghEFWiklFPmnYoPUrCuPvEwxyzK DejFkKmoPzD ' +
  'EcegPhrNstB FijDkPmor GabPdeLfghSiPlmDnFpqrstQuwyD HkDmnLrtGuF IdRelSmnRoqDrRsKt JemDoDpY KeSgShRimFnpWrWwDyDzT ' +
  'LaKbPcikRrDsLtuvyD MaDcdLefgAhkDlmKnToPpqrUstuRvRwKxNVyRzN NaDcefgNiOloKpRruzD OmR PaBeNfgKhPkRlNmnrstwyG QaR ' +
  'ReoNsDuBwF SaRbDcRdGeKgDhPijklEmnoSrDsPtNvCxyPzL TcdfghBjSklmTnDoPrYtDvwDzS UaHgXmsDNyIUWzS VaceDSginDuV WfsT YeRt ZaRmWwG';

/** The list A.1 codes that start with no country code: EUR and the X… codes (regional, metals, special). */
const OTHER_CURRENCIES = 'EURXAFXAGXAUXBAXBBXBCXBDXCDXCGXDRXOFXPDXPFXPTXSUXTSXUAXXX';

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

/** Each assigned country, in order, with the currency codes that start with it. */
function* entries(): Generator<[country: string, currencies: string[]]> {
  for (const [first, ...rest] of CODES.split(' ')) {
    for (const [, letter = '', capitals = ''] of rest.join('').matchAll(/([a-z])([A-Z]*)/g)) {
      const country = first + letter.toUpperCase();
      yield [country, [...capitals].map((capital) => country + capital)];
    }
  }
}

// Unpacked on first use, each on its own, so a bundle that only checks countries leaves the currencies out.
let countrySet: ReadonlySet<string> | undefined;
let currencySet: ReadonlySet<string> | undefined;
let defaults: ReadonlyMap<string, string> | undefined;

function countries(): ReadonlySet<string> {
  return (countrySet ??= new Set(Array.from(entries(), ([country]) => country)));
}

function currencies(): ReadonlySet<string> {
  return (currencySet ??= new Set([
    ...(OTHER_CURRENCIES.match(/.../g) ?? []),
    ...Array.from(entries(), ([, own]) => own).flat(),
  ]));
}

function defaultCurrencies(): ReadonlyMap<string, string> {
  if (defaults) return defaults;
  const map = new Map<string, string>();
  for (const group of CURRENCY_GROUPS.split(';')) {
    const [currency = '', members = ''] = group.split(':');
    for (const country of members.match(/../g) ?? []) map.set(country, currency);
  }
  // No code of OTHER_CURRENCIES starts with a country code, so a country's own currencies are those its code begins.
  for (const [country, [only, ...more]] of entries())
    if (!map.has(country) && only && more.length === 0) map.set(country, only);
  return (defaults = map);
}

/** The assigned ISO 3166-1 alpha-2 codes, in alphabetical order. */
export function assignedCountries(): readonly string[] {
  return [...countries()];
}

/** True for an officially assigned ISO 3166-1 alpha-2 code (upper case); false for XX, AA, XK, UK, EU. */
export function isAssignedCountry(code: string): boolean {
  return countries().has(code);
}

/** True for an active ISO 4217 alpha-3 code (upper case). */
export function isIsoCurrency(code: string): boolean {
  return currencies().has(code);
}

/**
 * The usual currency of a country (SG → SGD, DE → EUR, PR → USD), to preselect in a form; null for an
 * unassigned code or a territory without one (AQ). The caller still has to check `enabledCurrencies`.
 */
export function suggestCurrency(countryCode: string): string | null {
  return defaultCurrencies().get(countryCode) ?? null;
}
