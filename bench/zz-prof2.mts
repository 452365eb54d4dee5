import { streamMediaConvertEvents } from "../src/node"
const file = "/tmp/mixed100.json"
const t = []; for (let i = 0; i < 8; i++) { const s = performance.now(); let n = 0; for await (const r of streamMediaConvertEvents(file)) n++; t.push(performance.now() - s) }
console.log(t.map((x) => x.toFixed(0)).join(" "))
