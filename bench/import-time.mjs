// Imports the modules named on the command line (comma-separated specifiers or paths) in a
// fresh process and prints how many milliseconds that took: one sample of bench/footprint.ts.
const started = performance.now()
for (const specifier of process.argv[2].split(",")) await import(specifier)
process.stdout.write((performance.now() - started).toFixed(3))
