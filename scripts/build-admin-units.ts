// Builds the administrative-unit reference data shipped with the product (data/admin-units/) from the
// two upstream snapshots. The snapshots are not available at run time; only the derived files are.
//
//   npx tsx scripts/build-admin-units.ts [--units-src DIR] [--mapping-src DIR] [--out DIR]
//
// Deterministic: the same inputs give byte-identical outputs, so a re-run shows up as an empty diff.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { AdminUnits, Commune, CommuneType, OldToNewMapping, Province, ProvinceType } from '../src/shared/domain/admin-units/resolve';
import { normalizeVi, stripAdminPrefix, toneKey } from '../src/shared/domain/text/vi';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  return v ?? fallback;
}

const unitsSrc = arg('--units-src', '/work/shared/data/vn-admin-units-2025');
const mappingSrc = arg('--mapping-src', '/work/shared/data/dvhcvn-20250701');
const outDir = arg('--out', path.join(repoRoot, 'data/admin-units'));

// ---------------------------------------------------------------------------------------------
// Source schemas (only the fields we use; zod strips the rest)

const SourceWard = z.object({
  Code: z.string().regex(/^\d{5}$/u),
  Name: z.string().min(1),
  FullName: z.string().min(1),
  ProvinceCode: z.string().regex(/^\d{2}$/u),
  AdministrativeUnitShortName: z.string(),
});
const SourceProvince = z.object({
  Code: z.string().regex(/^\d{2}$/u),
  Name: z.string().min(1),
  FullName: z.string().min(1),
  AdministrativeUnitShortName: z.string(),
  AdministrativeUnitFullName: z.string(),
  Wards: z.array(SourceWard),
});
const SourceUnits = z.array(SourceProvince);

const SplitTarget = z.object({ new_id: z.string(), name: z.string() });
const Splits = z.object({
  data: z.array(
    z.object({
      level1_id: z.string().regex(/^\d{2}$/u),
      name: z.string(),
      splits: z.array(SplitTarget),
      level2s: z.array(z.object({ level2_id: z.string(), name: z.string(), splits: z.array(SplitTarget) })).optional(),
      level3s: z.array(z.object({ level3_id: z.string().regex(/^\d{5}$/u), name: z.string(), splits: z.array(SplitTarget) })),
    }),
  ),
});
const Merges = z.object({
  data: z.array(
    z.object({
      level1_id: z.string(),
      name: z.string(),
      level2s: z.array(
        z.object({
          level2_id: z.string(),
          name: z.string(),
          merges: z.array(z.object({ old_id: z.string(), name: z.string(), type: z.string() })),
        }),
      ),
    }),
  ),
});
const GeoJson = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({ properties: z.object({ code: z.string(), name: z.string() }) })),
});

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  return schema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The snapshot commit named in an upstream README (fails loudly if the README changes shape). */
function snapshotCommit(readme: string): string {
  const m = /snapshot commit\s+([0-9a-f]{40})/u.exec(readFileSync(readme, 'utf8').replace(/\s+/gu, ' '));
  if (!m?.[1]) throw new Error(`no snapshot commit in ${readme}`);
  return m[1];
}

const fail = (msg: string): never => {
  throw new Error(msg);
};

// ---------------------------------------------------------------------------------------------
// 1. Units in force (thanglequoc/vietnamese-provinces-database)

const source = readJson(path.join(unitsSrc, 'full_json_generated_data_vn_units.json'), SourceUnits);

function provinceType(full: string): ProvinceType {
  switch (normalizeVi(full)) {
    case 'Thành phố trực thuộc trung ương':
      return 'municipality';
    case 'Tỉnh':
      return 'province';
    default:
      return fail(`unknown province unit type: ${full}`);
  }
}
function communeType(short: string): CommuneType {
  switch (normalizeVi(short)) {
    case 'Phường':
      return 'ward';
    case 'Xã':
      return 'commune';
    case 'Đặc khu':
      return 'special_zone';
    default:
      return fail(`unknown commune unit type: ${short}`);
  }
}

// The source has the odd lower-case type word ("xã Bắc Sơn"); rebuild such full names from the type
// word and the name, but only when they agree up to case/spelling, so real differences still surface.
let fullNamesFixed = 0;
function canonicalFullName(code: string, short: string, name: string, full: string): string {
  const rebuilt = normalizeVi(`${short} ${name}`);
  const given = normalizeVi(full);
  if (given !== rebuilt && toneKey(given) === toneKey(rebuilt)) {
    fullNamesFixed++;
    process.stderr.write(`fixed full name of ${code}: "${given}" → "${rebuilt}"\n`);
    return rebuilt;
  }
  return given;
}

const provinces: Province[] = source
  .map((p) => ({
    code: p.Code,
    name: normalizeVi(p.Name),
    fullName: canonicalFullName(p.Code, p.AdministrativeUnitShortName, p.Name, p.FullName),
    type: provinceType(p.AdministrativeUnitFullName),
  }))
  .sort((a, b) => a.code.localeCompare(b.code));
const communes: Commune[] = source
  .flatMap((p) =>
    p.Wards.map((w) => {
      if (w.ProvinceCode !== p.Code) fail(`ward ${w.Code} lists province ${w.ProvinceCode} but sits under ${p.Code}`);
      return {
        code: w.Code,
        name: normalizeVi(w.Name),
        fullName: canonicalFullName(w.Code, w.AdministrativeUnitShortName, w.Name, w.FullName),
        type: communeType(w.AdministrativeUnitShortName),
        provinceCode: w.ProvinceCode,
      };
    }),
  )
  .sort((a, b) => a.provinceCode.localeCompare(b.provinceCode) || a.code.localeCompare(b.code));

const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
const communeByCode = new Map(communes.map((c) => [c.code, c]));
if (provinceByCode.size !== provinces.length) fail('duplicate province codes');
if (communeByCode.size !== communes.length) fail('duplicate commune codes');

const shortName = new Map(source.flatMap((p) => [[p.Code, p.AdministrativeUnitShortName] as const, ...p.Wards.map((w) => [w.Code, w.AdministrativeUnitShortName] as const)]));
const fullNameMismatches = [...provinces, ...communes].filter((u) => u.fullName !== normalizeVi(`${shortName.get(u.code) ?? ''} ${u.name}`));

// Same name (ignoring type word and tone placement) twice in one province: name matching is ambiguous there.
const ambiguousNames = new Map<string, Commune[]>();
for (const c of communes) {
  const k = `${c.provinceCode}|${toneKey(stripAdminPrefix(c.name))}`;
  ambiguousNames.set(k, [...(ambiguousNames.get(k) ?? []), c]);
}
const ambiguous = [...ambiguousNames.values()].filter((l) => l.length > 1);

// ---------------------------------------------------------------------------------------------
// 2. Old → new mapping (dvhcvn/20250701 splits.json)

const splits = readJson(path.join(mappingSrc, 'splits.json'), Splits);
let oldNamesNormalized = 0;
const cleanOld = (s: string): string => {
  const n = normalizeVi(s);
  if (n !== s) oldNamesNormalized++;
  return n;
};
const uniq = (xs: readonly string[]): string[] => [...new Set(xs)];

const mapping: OldToNewMapping = { provinces: {}, districts: {}, communes: {} };
/** Name the mapping gives each new commune code (used to reconcile codes that differ between sources). */
const mappedNewName = new Map<string, string>();
for (const p of [...splits.data].sort((a, b) => a.level1_id.localeCompare(b.level1_id))) {
  mapping.provinces[p.level1_id] = { name: cleanOld(p.name), to: uniq(p.splits.map((s) => s.new_id)) };
  for (const d of p.level2s ?? []) {
    mapping.districts[d.level2_id] = { name: cleanOld(d.name), province: p.level1_id, to: uniq(d.splits.map((s) => s.new_id)) };
    for (const s of d.splits) mappedNewName.set(s.new_id, normalizeVi(s.name));
  }
  for (const c of p.level3s) {
    if (Object.hasOwn(mapping.communes, c.level3_id)) fail(`duplicate old commune ${c.level3_id}`);
    mapping.communes[c.level3_id] = { name: cleanOld(c.name), province: p.level1_id, to: uniq(c.splits.map((s) => s.new_id)) };
    for (const s of c.splits) mappedNewName.set(s.new_id, normalizeVi(s.name));
  }
}

// Verified errors in the upstream mapping, fixed here with the legal source. Each entry must still be
// wrong upstream (checked below), so a fixed upstream makes the build fail and the entry gets removed.
const CORRECTIONS: readonly { old: string; upstreamTo: string[]; to: string[]; why: string }[] = [
  {
    // The LLM extraction confused the two "huyện Châu Thành": NQ 1663 (Đồng Tháp) merges "xã Tân Phú
    // (huyện Châu Thành)" of old Đồng Tháp (30274) into Tân Phú Trung; old An Giang's Tân Phú went
    // into Vĩnh An (NQ 1654/NQ-UBTVQH15 Điều 1 khoản 31: "thị trấn Vĩnh Bình, xã Tân Phú và xã Vĩnh An … xã Vĩnh An").
    old: '30622',
    upstreamTo: ['30259'],
    to: ['30604'],
    why: 'old An Giang Xã Tân Phú (Châu Thành) → Xã Vĩnh An (An Giang) per NQ 1654/NQ-UBTVQH15 Art. 1 (31); upstream had Xã Tân Phú Trung (Đồng Tháp), a mix-up with the Tân Phú of Châu Thành, Đồng Tháp (30274)',
  },
];
for (const c of CORRECTIONS) {
  const entry = mapping.communes[c.old];
  if (!entry || entry.to.join() !== c.upstreamTo.join()) {
    fail(`correction for ${c.old} no longer applies (upstream now ${entry?.to.join() ?? 'missing'}); review and remove it`);
  } else {
    entry.to = [...c.to];
  }
}

const missingProvinceTargets = Object.entries(mapping.provinces).filter(([, v]) => v.to.some((c) => !provinceByCode.has(c)));
if (missingProvinceTargets.length > 0) fail(`old provinces mapped to unknown new provinces: ${missingProvinceTargets.map(([k]) => k).join(', ')}`);

const oldEntries = (): [string, { name: string; province: string; to: string[] }][] => [
  ...Object.entries(mapping.communes),
  ...Object.entries(mapping.districts),
];
const missingBefore = oldEntries().filter(([, v]) => v.to.some((c) => !communeByCode.has(c)));
const missingCodesBefore = uniq(missingBefore.flatMap(([, v]) => v.to.filter((c) => !communeByCode.has(c)))).sort();

// The two sources disagree on a few new codes (the unit exists in both, under different codes).
// units-2025.json is what the product stores, so point the mapping at its codes — but only when the
// target is unambiguous: same new province, same full name by toneKey, and not a code the mapping
// already uses for another unit.
const reconciled: { from: string; to: string; name: string; oldCommunes: number }[] = [];
const usedTargets = new Set(oldEntries().flatMap(([, v]) => v.to));
for (const code of missingCodesBefore) {
  const name = mappedNewName.get(code) ?? '';
  const users = missingBefore.filter(([, v]) => v.to.includes(code));
  const newProvinces = uniq(users.flatMap(([, v]) => mapping.provinces[v.province]?.to ?? []));
  const candidates = communes.filter((c) => newProvinces.includes(c.provinceCode) && toneKey(c.fullName) === toneKey(name) && !usedTargets.has(c.code));
  const [only] = candidates;
  if (candidates.length !== 1 || !only) continue;
  for (const [, v] of users) v.to = v.to.map((c) => (c === code ? only.code : c));
  reconciled.push({ from: code, to: only.code, name, oldCommunes: users.length });
}
const missingAfter = oldEntries().filter(([, v]) => v.to.some((c) => !communeByCode.has(c)));

// Every old commune should land in the new province its old province merged into.
const wrongProvince = oldEntries().filter(([, v]) => {
  const expected = mapping.provinces[v.province]?.to ?? [];
  return v.to.some((c) => {
    const n = communeByCode.get(c);
    return n !== undefined && !expected.includes(n.provinceCode);
  });
});
const reached = new Set(oldEntries().flatMap(([, v]) => v.to));
const unreached = communes.filter((c) => !reached.has(c.code));
const splitCount = Object.values(mapping.communes).filter((v) => v.to.length > 1).length;
const maxSplit = Math.max(...Object.values(mapping.communes).map((v) => v.to.length));

// ---------------------------------------------------------------------------------------------
// 3. Cross-checks against merges.json (new ← old), the GSO code lists and the GeoJSON

const merges = readJson(path.join(mappingSrc, 'merges.json'), Merges);
const mergeUnits = merges.data.flatMap((p) => p.level2s);
const mergeCodes = new Set(mergeUnits.map((u) => u.level2_id));
const unitsNotInMerges = communes.filter((c) => !mergeCodes.has(c.code));
const mergesNotInUnits = mergeUnits.filter((u) => !communeByCode.has(u.level2_id));

const splitPairs = new Set(oldEntries().flatMap(([old, v]) => v.to.map((n) => `${old}>${n}`)));
const reconcileMap = new Map(reconciled.map((r) => [r.from, r.to]));
const mergePairs = mergeUnits.flatMap((u) => u.merges.map((m) => `${m.old_id}>${reconcileMap.get(u.level2_id) ?? u.level2_id}`));
const pairsOnlyInMerges = mergePairs.filter((p) => !splitPairs.has(p));
const mergePairSet = new Set(mergePairs);
const pairsOnlyInSplits = [...splitPairs].filter((p) => !mergePairSet.has(p));

// Names that differ between merges.json and units-2025.json for the same code.
const nameDiffs = mergeUnits
  .map((u) => ({ code: u.level2_id, mergesName: normalizeVi(u.name), unit: communeByCode.get(u.level2_id) }))
  .filter((d): d is { code: string; mergesName: string; unit: Commune } => d.unit !== undefined && d.unit.fullName !== d.mergesName);
const toneOnly = nameDiffs.filter((d) => toneKey(d.mergesName) === toneKey(d.unit.fullName));
const typeWordOnly = nameDiffs.filter(
  (d) => toneKey(d.mergesName) !== toneKey(d.unit.fullName) && toneKey(stripAdminPrefix(d.mergesName)) === toneKey(d.unit.name),
);
const otherNameDiffs = nameDiffs.filter((d) => !toneOnly.includes(d) && !typeWordOnly.includes(d));

const gso915 = readFileSync(path.join(mappingSrc, 'input-docs/915_CTK-CSCL.csv'), 'utf8')
  .split(/\r?\n/u)
  .slice(1)
  .map((l) => l.split(','))
  .filter((f): f is [string, string, string] => f.length >= 3 && /^\d{2}$/u.test(f[1] ?? ''));
const gso915Codes = new Set(gso915.map((f) => f[1]));
const provincesNotIn915 = provinces.filter((p) => !gso915Codes.has(p.code));
// CV 915 writes municipalities as "Thành phố X" and provinces as bare "X".
const provinceTypeVs915 = provinces.filter((p) => {
  const row = gso915.find((f) => f[1] === p.code);
  return row !== undefined && (p.type === 'municipality') !== /^Thành phố /u.test(normalizeVi(row[2]));
});

const gso1027Codes = new Set([...readFileSync(path.join(mappingSrc, 'input-docs/1027_CTK-CSCL.md'), 'utf8').matchAll(/^\|\s*\d+\s*\|\s*(\d{5})\s*\|/gmu)].map((m) => m[1]));
const communesNotIn1027 = communes.filter((c) => !gso1027Codes.has(c.code));

const geoFile = path.join(unitsSrc, 'provinces-2025.geojson');
const geo = readJson(geoFile, GeoJson);
const geoCodes = geo.features.map((f) => f.properties.code);
const geoMismatch =
  geoCodes.length !== provinces.length ||
  provinces.some((p) => !geoCodes.includes(p.code)) ||
  geo.features.some((f) => provinceByCode.get(f.properties.code)?.fullName !== normalizeVi(f.properties.name));

// ---------------------------------------------------------------------------------------------
// 4. Write

const rows = (xs: readonly unknown[], indent: string): string => xs.map((x) => indent + JSON.stringify(x)).join(',\n');
const entries = (o: Record<string, unknown>, indent: string): string =>
  Object.keys(o)
    .sort()
    .map((k) => `${indent}${JSON.stringify(k)}: ${JSON.stringify(o[k])}`)
    .join(',\n');

// One record per line: small enough to ship, and reviewable as a line diff when the data changes.
const unitsOut: AdminUnits = { provinces, communes };
const unitsJson = `{\n  "provinces": [\n${rows(unitsOut.provinces, '    ')}\n  ],\n  "communes": [\n${rows(unitsOut.communes, '    ')}\n  ]\n}\n`;
const mappingJson =
  `{\n  "provinces": {\n${entries(mapping.provinces, '    ')}\n  },\n` +
  `  "districts": {\n${entries(mapping.districts, '    ')}\n  },\n` +
  `  "communes": {\n${entries(mapping.communes, '    ')}\n  }\n}\n`;

mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'units-2025.json'), unitsJson);
writeFileSync(path.join(outDir, 'old-to-new-2025.json'), mappingJson);
// Copied by content, not copyFileSync: the source snapshots are read-only and the mode would carry over,
// making the next build fail to overwrite.
const copy = (from: string, to: string): void => writeFileSync(path.join(outDir, to), readFileSync(from));
copy(geoFile, 'provinces-2025.geojson');
copy(path.join(unitsSrc, 'LICENSE.source'), 'LICENSE.vietnamese-provinces-database');
copy(path.join(mappingSrc, 'LICENSE.source'), 'LICENSE.dvhcvn');

const unitsCommit = snapshotCommit(path.join(unitsSrc, 'README.md'));
const mappingCommit = snapshotCommit(path.join(mappingSrc, 'README.md'));
const count = <T>(xs: readonly T[], pred: (x: T) => boolean): number => xs.filter(pred).length;
const fmt = (n: number): string => n.toLocaleString('en-US');
const oldCommuneCount = Object.keys(mapping.communes).length;

const readme = `# Administrative units of Viet Nam (in force since 1 July 2025) and the old → new mapping

Generated by \`npx tsx scripts/build-admin-units.ts\` — do not edit by hand; re-run the script instead.
The upstream snapshots it reads are not shipped; only the files below are.

| file | content |
|---|---|
| \`units-2025.json\` | ${provinces.length} provinces and ${fmt(communes.length)} wards/communes/special zones (two levels, no district) |
| \`old-to-new-2025.json\` | ${Object.keys(mapping.provinces).length} old provinces and ${fmt(oldCommuneCount)} old communes (before 1 July 2025) → new codes |
| \`provinces-2025.geojson\` | boundaries of the ${geo.features.length} provinces (for the map), copied unchanged |
| \`LICENSE.vietnamese-provinces-database\`, \`LICENSE.dvhcvn\` | upstream licences (MIT) |

## Sources

| source | snapshot commit | licence | used for |
|---|---|---|---|
| [github.com/thanglequoc/vietnamese-provinces-database](https://github.com/thanglequoc/vietnamese-provinces-database) | \`${unitsCommit}\` | MIT, © its authors (\`LICENSE.vietnamese-provinces-database\`) | \`units-2025.json\` (from \`json/full_json_generated_data_vn_units_*.json\`), \`provinces-2025.geojson\` (from \`dataset-generation-scripts/resources/gis/geojson_11Mar2026/*/province.geojson\`, combined into one FeatureCollection, properties reduced to \`{code, name}\`, coordinates rounded to 3 decimals ≈ 100 m) |
| [github.com/dvhcvn/20250701](https://github.com/dvhcvn/20250701) | \`${mappingCommit}\` | MIT, © 2025 dvhcvn (\`LICENSE.dvhcvn\`) | \`old-to-new-2025.json\` (from \`mapping/splits.json\`); cross-checks against \`mapping/merges.json\` and the GSO code lists CV 915/CTK-CSCL and CV 1027/CTK-CSCL |

## Shapes

\`units-2025.json\`: \`{ provinces: [{ code, name, fullName, type }], communes: [{ code, name, fullName, type, provinceCode }] }\`
— codes are the GSO codes (2 digits for provinces, 5 for communes), names NFC, \`name\` without and \`fullName\` with the unit-type word.
\`type\`: provinces \`municipality\` (thành phố trực thuộc trung ương, ${count(provinces, (p) => p.type === 'municipality')}) or \`province\` (tỉnh, ${count(provinces, (p) => p.type === 'province')});
communes \`ward\` (phường, ${fmt(count(communes, (c) => c.type === 'ward'))}), \`commune\` (xã, ${fmt(count(communes, (c) => c.type === 'commune'))}) or \`special_zone\` (đặc khu, ${count(communes, (c) => c.type === 'special_zone')}).

\`old-to-new-2025.json\`: \`{ provinces: { "<old>": { name, to: ["<new>"] } }, districts: { "<old>": { name, province, to } }, communes: { "<old>": { name, province: "<old province code>", to: ["<new>", …] } } }\`
— \`name\` is the old name; \`to\` lists the new code(s) in \`units-2025.json\`. ${fmt(splitCount)} old communes were split over several new ones (up to ${maxSplit}).
\`districts\` holds only the ${Object.keys(mapping.districts).length} island districts that had no commune level and became special zones (${Object.values(mapping.districts).map((d) => d.name).join(', ')}); other districts were abolished and are not mapped.

## Checks done by the script (this build)

- Unique codes; every commune's province exists; every old province maps to existing new provinces.
- Old communes whose mapped new code is missing from \`units-2025.json\`: ${missingBefore.length} (new codes ${missingCodesBefore.join(', ') || 'none'}) before reconciliation, ${missingAfter.length} after.
${reconciled.map((r) => `  - ${r.from} → ${r.to} (${r.name}, ${r.oldCommunes} old commune${r.oldCommunes === 1 ? '' : 's'}): dvhcvn and GSO CV 1027/CTK-CSCL use ${r.from}; vietnamese-provinces-database uses ${r.to}, which is what \`units-2025.json\` ships, so the mapping points there.`).join('\n')}
- Corrections applied to the upstream mapping: ${CORRECTIONS.length}.
${CORRECTIONS.map((c) => `  - ${c.old}: ${c.upstreamTo.join(', ')} → ${c.to.join(', ')} — ${c.why}.`).join('\n')}
- Old communes mapped into a new province other than the one their old province merged into: ${wrongProvince.length}. New units reached by no old unit: ${unreached.length}.
- splits.json vs merges.json (old→new pairs, after the reconciliation): ${pairsOnlyInMerges.length} only in merges, ${pairsOnlyInSplits.length} only in splits (${[...pairsOnlyInMerges, ...pairsOnlyInSplits].join(', ') || '–'}; differences here come from the corrections above).
- New codes in \`units-2025.json\` but not in merges.json: ${unitsNotInMerges.length}; not in CV 1027/CTK-CSCL: ${communesNotIn1027.length} (${communesNotIn1027.map((c) => `${c.code} ${c.fullName}`).join(', ') || '–'}).
- Province codes not in CV 915/CTK-CSCL: ${provincesNotIn915.length}. GeoJSON codes/names match \`units-2025.json\`: ${geoMismatch ? 'NO' : 'yes'}.
- Names in merges.json that differ from \`units-2025.json\` for the same code: ${nameDiffs.length} — ${toneOnly.length} only by tone-mark placement ("Hoà"/"Hòa", equal under \`toneKey\`), ${typeWordOnly.length} by the unit-type word, ${otherNameDiffs.length} otherwise (not counting the full names whose case is fixed below).
- Commune names that occur twice in one province (ignoring the type word): ${ambiguous.length}${ambiguous.length > 0 ? ` (${ambiguous.map((l) => l.map((c) => c.fullName).join(' / ') + ` in ${l[0]?.provinceCode ?? ''}`).join('; ')})` : ''}.
- Old names cleaned (NFC, stray/double spaces): ${oldNamesNormalized}. Full names rebuilt from type word + name (source differed only in case): ${fullNamesFixed}.

## Caveats

- The old → new mapping was extracted by dvhcvn from the National Assembly Standing Committee resolutions (NQ 1654…1687/NQ-UBTVQH15) with an LLM (Gemini), then checked by scripts, ~80 manual fixes and a cross-check against sapnhap.bando.com.vn — high quality but **not official**.
- The two sources are snapshots of different dates. \`units-2025.json\` differs from the 1 July 2025 documents, apparently by later changes: ${provinceTypeVs915.map((p) => `${p.fullName} is a ${p.type} here but not in CV 915/CTK-CSCL`).join('; ') || 'none detected for provinces'}${typeWordOnly.length > 0 ? `; ${typeWordOnly.length} units have a different type word than in the resolutions (${typeWordOnly.map((d) => `${d.mergesName} → ${d.unit.fullName}`).join(', ')})` : ''}. Spelling follows vietnamese-provinces-database, which uses old-style tone placement ("Hoà", "Thuỷ") in some names — match names with \`toneKey\`, never with \`===\`.
- A split old commune maps to every new commune that received part of it; which part went where is not in the data.
- Province boundaries are simplified (≈ 100 m) and not an official map.
`;
writeFileSync(path.join(outDir, 'README.md'), readme);

// ---------------------------------------------------------------------------------------------
// 5. Report

const report = {
  provinces: provinces.length,
  communes: communes.length,
  communeTypes: { ward: count(communes, (c) => c.type === 'ward'), commune: count(communes, (c) => c.type === 'commune'), special_zone: count(communes, (c) => c.type === 'special_zone') },
  municipalities: provinces.filter((p) => p.type === 'municipality').map((p) => p.fullName),
  oldProvinces: Object.keys(mapping.provinces).length,
  oldDistricts: Object.keys(mapping.districts).length,
  oldCommunes: oldCommuneCount,
  splitOldCommunes: splitCount,
  missingTargetsBefore: { oldUnits: missingBefore.length, newCodes: missingCodesBefore },
  reconciled,
  missingTargetsAfter: missingAfter.map(([k]) => k),
  wrongProvince: wrongProvince.map(([k]) => k),
  unreachedNewUnits: unreached.map((c) => c.code),
  pairsOnlyInMerges,
  pairsOnlyInSplits,
  unitsNotInMerges: unitsNotInMerges.map((c) => c.code),
  mergesNotInUnits: mergesNotInUnits.map((u) => u.level2_id),
  communesNotIn1027: communesNotIn1027.map((c) => c.code),
  provinceTypeVs915: provinceTypeVs915.map((p) => p.code),
  fullNameMismatches: fullNameMismatches.map((u) => u.code),
  nameDiffs: { total: nameDiffs.length, toneOnly: toneOnly.length, typeWordOnly: typeWordOnly.map((d) => `${d.code} ${d.mergesName} → ${d.unit.fullName}`), other: otherNameDiffs.map((d) => `${d.code} ${d.mergesName} → ${d.unit.fullName}`) },
  ambiguousNames: ambiguous.map((l) => l.map((c) => `${c.code} ${c.fullName} (${c.provinceCode})`)),
  oldNamesNormalized,
  fullNamesFixed,
  corrections: CORRECTIONS.map((c) => c.old),
  geoMismatch,
  // Handy for test fixtures: a few tone-placement pairs (merges.json name, shipped name).
  toneFixture: toneOnly.filter((_, i) => i % Math.max(1, Math.floor(toneOnly.length / 12)) === 0).slice(0, 12).map((d) => [d.code, d.mergesName, d.unit.fullName]),
};
process.stdout.write(JSON.stringify(report, null, 2) + '\n');
if (missingAfter.length > 0 || wrongProvince.length > 0 || geoMismatch) {
  process.stderr.write('build-admin-units: inconsistencies remain (see report above)\n');
  process.exitCode = 1;
}
