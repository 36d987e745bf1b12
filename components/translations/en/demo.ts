/**
 * Strings of this area. Empty on purpose: the demo page's own strings live in `demo/i18n.ts`, so the
 * widgets' bundles never carry them. The demo switches the widgets' language through `<html lang>`.
 */
export const demo = {};
