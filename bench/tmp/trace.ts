import { PGlite } from '@electric-sql/pglite';
const log: string[] = [];
let on = false;
for (const m of ['query', 'exec', 'execProtocol'] as const) {
  const orig = (PGlite.prototype as any)[m];
  (PGlite.prototype as any)[m] = async function (...args: any[]) {
    const t = performance.now();
    const r = await orig.apply(this, args);
    if (on) log.push(`${m} ${(performance.now() - t).toFixed(2)}ms rows=${(r as any)?.rows?.length ?? (Array.isArray(r) ? r.length : '?')} ${typeof args[0] === 'string' ? args[0].replace(/\s+/g, ' ').slice(0, 160) : '[proto]'}`);
    return r;
  };
}
const origTx = (PGlite.prototype as any).transaction;
(PGlite.prototype as any).transaction = function (cb: any) {
  return origTx.call(this, async (tx: any) => {
    for (const m of ['query', 'exec']) { const o = tx[m]; tx[m] = async (...args: any[]) => { const t = performance.now(); const r = await o.apply(tx, args); if (on) log.push(`tx.${m} ${(performance.now() - t).toFixed(2)}ms ${String(args[0]).replace(/\s+/g, ' ').slice(0, 120)}`); return r; }; }
    return cb(tx);
  });
};
export const trace = { start() { on = true; }, stop() { on = false; console.log(log.join('\n')); } };
