/**
 * The figures a concurrency test measures, one plain line each on stdout. Not console.info:
 * jest prints that as a boxed log with a stack location, which makes a control experiment's
 * expected "lost 9 rows" read like a failure of the product.
 */
export function figure(what: string, line: string): void {
  process.stdout.write(`  ${what}: ${line}\n`);
}

/** A control experiment: a bundle without one safety, where the loss is the expected result. */
export function controlFigure(variant: string, line: string): void {
  figure(`control (${variant}, loss expected)`, line);
}
