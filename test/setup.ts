/**
 * Shared test set-up. Import it once per test file (the fixture helpers do).
 *
 * Pitfall 5 of TOOLCHAIN.md: a failing chai assertion whose actual/expected is a DOM node
 * hangs the runner for 120 s, because the error cannot be structured-cloned. Replace nodes
 * with their outerHTML before the runner serialises the failure.
 */
function serializable(value: unknown): unknown {
  if (typeof Node !== 'undefined' && value instanceof Node) {
    return value instanceof Element ? value.outerHTML : (value.textContent ?? value.nodeName);
  }
  return value;
}

afterEach(function () {
  const err = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (err) {
    err.actual = serializable(err.actual);
    err.expected = serializable(err.expected);
  }
});
