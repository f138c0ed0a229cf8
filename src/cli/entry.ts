// Entry of the bundled CLI (dist/cli.cjs): run `pranata` with process.argv.
import { run } from './main';

run();
