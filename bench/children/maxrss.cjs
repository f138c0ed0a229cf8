// Preloaded (`node -r`) into a measured child when /usr/bin/time is missing: prints the
// process's peak resident set size (kilobytes on Linux) to stderr as it exits.
'use strict';
const { writeSync } = require('node:fs');

process.on('exit', () => {
  writeSync(2, `__MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
