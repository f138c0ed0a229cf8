// Injected into the add-on's bundle only (build.mjs `inject`): Apps Script has no setTimeout.
// fontkit, which pdf-lib uses to embed the report's subset fonts, writes the font through a
// browserified stream whose process.nextTick shim calls setTimeout(fn, 0), and pdf-lib's
// waitForTick does the same. esbuild turns every free `setTimeout`/`clearTimeout` of the
// bundled modules into these module-scoped functions (no global is defined): the callback
// runs as a promise job, which V8 runs before the execution ends. Delays are not honoured;
// nothing in the bundle needs one.
const cancelled = new Set();
let next = 1;

export function setTimeout(callback, _delay, ...args) {
  const id = next++;
  Promise.resolve().then(() => {
    if (cancelled.delete(id)) return;
    callback(...args);
  });
  return id;
}

export function clearTimeout(id) {
  cancelled.add(id);
}
