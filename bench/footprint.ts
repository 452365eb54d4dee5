// The footprint section of `npm run bench`: how long importing the main entry takes beside
// io-ts and fp-ts alone (fresh processes, in turn), and how much a bundle of the whole entry,
// and of decodeRecord + identityOf + originOf alone, weighs gzipped. Reads dist/: build first.
import { bundleSize, CORE_TRIO, importTimes, MAIN, PEERS } from "../scripts/footprint"

const rounds = Number(process.argv[process.argv.indexOf("--import-rounds") + 1]) || 15
const times = importTimes([PEERS, MAIN], rounds)
const [peersMin = 0, mainMin = 0] = times.min
const [peersMedian = 0, mainMedian = 0] = times.median
const whole = await bundleSize()
const trio = await bundleSize(CORE_TRIO)
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
console.log(`footprint (${rounds} fresh processes each, in turn)`)
console.log(
  `import io-ts + fp-ts alone          ${peersMin.toFixed(1)} ms (median ${peersMedian.toFixed(1)})`,
)
console.log(
  `import mediaconvert-cloudtrail      ${mainMin.toFixed(1)} ms (median ${mainMedian.toFixed(1)}), ${(mainMin / peersMin).toFixed(2)} × io-ts + fp-ts`,
)
console.log(
  `bundle of the main entry            ${kb(whole.gzipped)} gzipped (${kb(whole.minified)} minified)`,
)
console.log(`bundle of ${CORE_TRIO.join(" + ")}  ${kb(trio.gzipped)} gzipped (${kb(trio.minified)} minified)`)
