// Entry of the bundled CLI (dist/cli.cjs): run `pranata` with process.argv, or, started as
// a worker thread by halves.ts, read the later part of a big CSV file.
import { HALF_ARG, readHalf } from './halves';
import { run } from './main';

if (process.argv[2] === HALF_ARG) void readHalf();
else run();
