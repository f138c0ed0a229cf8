/**
 * jest globalSetup: the process's time zone pinned to one that is neither the fake
 * spreadsheet's (Asia/Jakarta by default, Asia/Makassar in the zone tests) nor the script's
 * (appsscript.json: Asia/Jakarta), on every machine and in CI. A Date getter used where the
 * spreadsheet's or the script's zone was meant then gives a wrong day in a test. Workers
 * inherit the variable; Node re-reads TZ when it is assigned, so an in-band run follows too.
 */
module.exports = () => {
  process.env.TZ = 'America/Los_Angeles';
};
