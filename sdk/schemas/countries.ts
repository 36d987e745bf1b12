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

interface Tables {
  countries: ReadonlySet<string>;
  currencies: ReadonlySet<string>;
  defaults: ReadonlyMap<string, string>;
}

let tables: Tables | undefined;

/** Unpacks the lists once, on first use. */
function unpack(): Tables {
  if (tables) return tables;
  const countries = new Set<string>();
  const currencies = new Set<string>(OTHER_CURRENCIES.match(/.../g));
  const defaults = new Map<string, string>();
  for (const group of CURRENCY_GROUPS.split(';')) {
    const [currency = '', members = ''] = group.split(':');
    for (const country of members.match(/../g) ?? []) defaults.set(country, currency);
  }
  /** The currencies of each country: the group's capitals after its lower-case letter. */
  const own = new Map<string, string[]>();
  for (const [first, ...letters] of CODES.split(' ')) {
    let country = '';
    for (const letter of letters) {
      if (letter >= 'a') {
        country = first + letter.toUpperCase();
        countries.add(country);
        own.set(country, []);
      } else {
        currencies.add(country + letter);
        own.get(country)?.push(country + letter);
      }
    }
  }
  // No code of OTHER_CURRENCIES starts with a country code, so `own` holds every currency a country's code begins.
  for (const [country, list] of own) if (!defaults.has(country) && list.length === 1) defaults.set(country, list[0]!);
  return (tables = { countries, currencies, defaults });
}

/** The assigned ISO 3166-1 alpha-2 codes, in alphabetical order. */
export function assignedCountries(): readonly string[] {
  return [...unpack().countries];
}

/** True for an officially assigned ISO 3166-1 alpha-2 code (upper case); false for XX, AA, XK, UK, EU. */
export function isAssignedCountry(code: string): boolean {
  return unpack().countries.has(code);
}

/** True for an active ISO 4217 alpha-3 code (upper case). */
export function isIsoCurrency(code: string): boolean {
  return unpack().currencies.has(code);
}

/**
 * The usual currency of a country (SG → SGD, DE → EUR, PR → USD), to preselect in a form; null for an
 * unassigned code or a territory without one (AQ). The caller still has to check `enabledCurrencies`.
 */
export function suggestCurrency(countryCode: string): string | null {
  return unpack().defaults.get(countryCode) ?? null;
}
