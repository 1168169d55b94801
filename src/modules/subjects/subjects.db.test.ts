import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, loginAs, type Client } from '../../../test/helpers/factories';
import { fileOf, minimalPdf, postMultipart } from '../../../test/helpers/multipart';
import { completeTaxCode, csvLine, SUBJECT_COLUMNS } from '../../shared/domain/subjects';
import type { AgencyRow } from '../orgs';
import { registerSubjectJobs } from './subjects.import';

/** The n-th valid MST of a test-local series (distinct per `series`). */
function mst(series: number, n: number): string {
  for (let k = n * 7; ; k++) {
    const code = completeTaxCode(`${String(series).padStart(2, '0')}${String(k + 1).padStart(7, '0')}`);
    if (code) return code;
  }
}

const HEADER = SUBJECT_COLUMNS.map((c) => c.header);
type Line = Partial<Record<(typeof SUBJECT_COLUMNS)[number]['key'], string>>;
const csvOf = (lines: Line[], header = HEADER) => Buffer.from(`\ufeff${csvLine(header)}${lines.map((l) => csvLine(SUBJECT_COLUMNS.map((c) => l[c.key] ?? ''))).join('')}`, 'utf8');
const line = (taxCode: string, name: string, extra: Line = {}): Line => ({ taxCode, name, provinceCode: '01', communeCode: '00004', vsicCode: '4711', status: 'Đang hoạt động', establishedOn: '15/03/2010', ...extra });

let ctx: TestContext;
let root: AgencyRow;
let hn: AgencyRow;
let hcm: AgencyRow;
let hnHead: Client;
let hnInspector: Client;
let hcmHead: Client;

beforeAll(async () => {
  ctx = await createTestContext();
  registerSubjectJobs(ctx.deps);
  root = await buildAgency(ctx);
  hn = await buildAgency(ctx, { parent: root, provinceCode: '01', name: 'Thanh tra thành phố Hà Nội' });
  hcm = await buildAgency(ctx, { parent: root, provinceCode: '79', name: 'Thanh tra Thành phố Hồ Chí Minh' });
  hnHead = await loginAs(ctx, hn, ['agency_head']);
  hnInspector = await loginAs(ctx, hn, ['inspector']);
  hcmHead = await loginAs(ctx, hcm, ['agency_head']);
});
afterAll(async () => ctx?.close());

/** Uploads a file, runs the job, and returns the finished import. */
async function importFile(who: Client, name: string, content: Buffer, fields: { name: string; value: string }[] = []) {
  const res = await postMultipart(ctx, '/api/v1/subjects/imports', [...fields, fileOf(name, content)], who);
  expect(res.statusCode, res.body).toBe(202);
  const started = res.json();
  expect(started).toMatchObject({ status: 'queued', rowsDone: 0 });
  await ctx.deps.jobs.drain();
  const done = await who.get(`/api/v1/subjects/imports/${started.id}`);
  expect(done.statusCode).toBe(200);
  return done.json();
}

describe('managed subjects: create, read, update', () => {
  let id: string;

  it('registers a subject with a valid tax code and an address in the 2025 units, with its history', async () => {
    const res = await hnHead.post('/api/v1/subjects', { taxCode: '0100233488', name: 'Công ty TNHH Thương mại Hoà Bình', managingAgencyId: hn.id, communeCode: '00004', vsicCode: '4711', legalRepName: 'Nguyễn Văn An', establishedOn: '2010-03-15' });
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    id = s.id;
    expect(s).toMatchObject({ taxCode: '0100233488', provinceCode: '01', provinceName: 'Hà Nội', communeName: 'Ba Đình', status: 'active', kind: 'enterprise', version: 1, managingAgencyName: 'Thanh tra thành phố Hà Nội' });
    expect(s.history).toMatchObject([{ kind: 'created', changes: { name: [null, 'Công ty TNHH Thương mại Hoà Bình'] } }]);
  });

  it('refuses a wrong check digit, a duplicate tax code and an unknown commune with Vietnamese 4xx', async () => {
    const bad = await hnHead.post('/api/v1/subjects', { taxCode: '0100233480', name: 'Công ty sai mã', managingAgencyId: hn.id, provinceCode: '01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/chữ số kiểm tra/);
    const dup = await hnHead.post('/api/v1/subjects', { taxCode: '0100233488', name: 'Công ty trùng', managingAgencyId: hn.id, provinceCode: '01' });
    expect(dup.statusCode).toBe(409);
    const place = await hnHead.post('/api/v1/subjects', { taxCode: mst(91, 1), name: 'Công ty địa chỉ sai', managingAgencyId: hn.id, communeCode: '99999' });
    expect(place.statusCode).toBe(400);
    expect(place.json().error.message).toMatch(/Mã xã/);
  });

  it('maps an old (pre-2025) commune code to its 2025 commune', async () => {
    const res = await hnHead.post('/api/v1/subjects', { taxCode: mst(91, 2), name: 'Hợp tác xã Đồng Trúc', kind: 'cooperative', managingAgencyId: hn.id, oldCommuneCode: '10012' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ communeCode: '09982', oldCommuneCode: '10012', provinceCode: '01' });
  });

  it('updates with the version read, records the change in the history, and refuses a stale version', async () => {
    const res = await hnHead.patch(`/api/v1/subjects/${id}`, { version: 1, status: 'suspended', reason: 'Thông báo tạm ngừng kinh doanh' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'suspended', version: 2 });
    expect(res.json().history[0]).toMatchObject({ kind: 'status_changed', changes: { status: ['active', 'suspended'] } });
    const stale = await hnHead.patch(`/api/v1/subjects/${id}`, { version: 1, name: 'Tên khác' });
    expect(stale.statusCode).toBe(409);
  });

  it('finds subjects by name without diacritics, by tax code and by place', async () => {
    const byName = await hnInspector.get('/api/v1/subjects?q=thuong%20mai%20hoa%20binh');
    expect(byName.json()).toMatchObject({ total: 1, items: [{ id }] });
    expect((await hnInspector.get('/api/v1/subjects?taxCode=01002')).json().total).toBe(1);
    expect((await hnInspector.get('/api/v1/subjects?communeCode=09982')).json().items).toMatchObject([{ name: 'Hợp tác xã Đồng Trúc' }]);
    expect((await hnInspector.get('/api/v1/subjects?status=suspended&provinceCode=01')).json().total).toBe(1);
  });

  it('another agency sees nothing; an inspector reads but may not change; a clerk may not read', async () => {
    expect((await hcmHead.get('/api/v1/subjects')).json()).toEqual({ items: [], total: 0 });
    expect((await hcmHead.get(`/api/v1/subjects/${id}`)).statusCode).toBe(404);
    expect((await hcmHead.patch(`/api/v1/subjects/${id}`, { version: 2, name: 'Chiếm quyền' })).statusCode).toBe(404);
    const foreign = await hcmHead.post('/api/v1/subjects', { taxCode: mst(91, 3), name: 'Công ty gán sai cơ quan', managingAgencyId: hn.id, provinceCode: '01' });
    expect(foreign.statusCode).toBe(404);
    expect((await hnInspector.get(`/api/v1/subjects/${id}`)).statusCode).toBe(200);
    expect((await hnInspector.patch(`/api/v1/subjects/${id}`, { version: 2, name: 'Sửa' })).statusCode).toBe(403);
    const clerk = await loginAs(ctx, hn, ['clerk']);
    expect((await clerk.get('/api/v1/subjects')).statusCode).toBe(403);
  });
});

describe('managed subjects: import', () => {
  it('imports a good CSV in the background with progress, then finds and exports the rows', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => line(mst(10, i), `Công ty Cổ phần Xây dựng số ${i + 1}`, { address: `Số ${i + 1}, phố Huế`, legalRepName: 'Trần Thị Bình' }));
    lines[3] = { ...lines[3], communeCode: '', provinceCode: '', oldCommuneCode: '10012' };
    const imp = await importFile(hnHead, 'dang-ky-kinh-doanh.csv', csvOf(lines));
    expect(imp).toMatchObject({ status: 'done', rowsTotal: 30, rowsDone: 30, percent: 100, created: 30, updated: 0, errors: 0, duplicates: 0, hasErrorReport: false });
    const found = await hnHead.get('/api/v1/subjects?q=xay%20dung%20so%204');
    expect(found.json().items[0]).toMatchObject({ communeCode: '09982' });
    expect((await hnHead.get('/api/v1/subjects?q=cong%20ty%20co%20phan')).json().total).toBe(30);
    // Another agency still sees none of them.
    expect((await hcmHead.get('/api/v1/subjects?q=xay%20dung')).json().total).toBe(0);

    const csv = await hnHead.get('/api/v1/subjects/export?format=csv&q=xay%20dung');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const text = csv.body;
    expect(text.split('\r\n')[0]).toContain('Mã số thuế');
    expect(text).toContain(mst(10, 0));
    expect(text.trim().split('\r\n')).toHaveLength(31);
    const xlsx = await ctx.app.inject({ method: 'GET', url: '/api/v1/subjects/export?format=xlsx&q=xay%20dung', headers: { cookie: hnHead.cookie } });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(31);
    expect(ws.getRow(1).getCell(1).value).toBe('Mã số thuế');
  });

  it('reports broken rows and duplicates per row, imports the rest, and offers the report as CSV and XLSX', async () => {
    const lines = [
      line(mst(11, 1), 'Công ty tốt một'),
      line('0100233480', 'Công ty sai chữ số kiểm tra'),
      line(mst(11, 2), 'Công ty xã không có', { communeCode: '99999' }),
      line(mst(11, 1), 'Công ty trùng mã với dòng 2'),
      line(mst(11, 3), 'Công ty ngày sai', { establishedOn: '31/02/2020' }),
      line(mst(11, 4), 'Công ty xã cũ bị chia', { communeCode: '', provinceCode: '', oldCommuneCode: '10000' }),
      line(mst(11, 5), 'Công ty tốt hai'),
    ];
    const imp = await importFile(hnHead, 'co-loi.csv', csvOf(lines));
    expect(imp).toMatchObject({ status: 'done', rowsDone: 7, created: 2, errors: 4, duplicates: 1, hasErrorReport: true });
    expect(imp.errorSample.map((e: { row: number }) => e.row)).toEqual([3, 4, 5, 6, 7]);
    expect(imp.errorSample[0]).toMatchObject({ row: 3, column: 'Mã số thuế', message: expect.stringMatching(/chữ số kiểm tra/) });
    expect(imp.errorSample[2]).toMatchObject({ row: 5, message: expect.stringMatching(/dòng 2/) });

    const csv = await hnHead.get(`/api/v1/subjects/imports/${imp.id}/errors?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Dòng,Mã số thuế,Tên tổ chức,Cột,Lỗi');
    expect(csv.body).toContain('không có thật');
    const xlsx = await ctx.app.inject({ method: 'GET', url: `/api/v1/subjects/imports/${imp.id}/errors?format=xlsx`, headers: { cookie: hnHead.cookie } });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.rowCount).toBe(6);
    expect(String(wb.worksheets[0]!.getRow(2).getCell(1).value)).toBe('3');
    // Another agency cannot follow the import nor read its report.
    expect((await hcmHead.get(`/api/v1/subjects/imports/${imp.id}`)).statusCode).toBe(404);
    expect((await hcmHead.get(`/api/v1/subjects/imports/${imp.id}/errors`)).statusCode).toBe(404);
  });

  it('updates stored subjects by tax code with their history, and never overwrites another agency’s subject', async () => {
    const first = await importFile(hnHead, 'lan-1.csv', csvOf([line(mst(12, 1), 'Công ty Ánh Dương'), line(mst(12, 2), 'Công ty Bình Minh')]));
    expect(first).toMatchObject({ created: 2 });
    const hcmOwn = await hcmHead.post('/api/v1/subjects', { taxCode: mst(12, 3), name: 'Công ty của TP HCM', managingAgencyId: hcm.id, communeCode: '25747' });
    expect(hcmOwn.statusCode, hcmOwn.body).toBe(201);
    const second = await importFile(hnHead, 'lan-2.csv', csvOf([line(mst(12, 1), 'Công ty Ánh Dương', { status: 'Đã giải thể' }), line(mst(12, 2), 'Công ty Bình Minh'), line(mst(12, 3), 'Công ty của TP HCM bị ghi đè')]));
    expect(second).toMatchObject({ created: 0, updated: 1, unchanged: 1, errors: 1 });
    expect(second.errorSample[0].message).toMatch(/cơ quan khác quản lý/);
    const list = await hnHead.get(`/api/v1/subjects?taxCode=${mst(12, 1)}`);
    const detail = (await hnHead.get(`/api/v1/subjects/${list.json().items[0].id}`)).json();
    expect(detail).toMatchObject({ status: 'dissolved', version: 2 });
    expect(detail.history[0]).toMatchObject({ kind: 'imported', changes: { status: ['active', 'dissolved'] }, importId: second.id });
    expect((await hcmHead.get(`/api/v1/subjects/${hcmOwn.json().id}`)).json().name).toBe('Công ty của TP HCM');
  });

  it('imports XLSX with typed cells: numbers that lost a leading zero, real dates, and a date in the tax code column refused', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DN');
    ws.addRow(['MST', 'Tên doanh nghiệp', 'Mã tỉnh', 'Mã xã', 'Ngày thành lập', 'Trạng thái']);
    const good = mst(13, 1);
    ws.addRow([Number(good), 'Công ty Excel số', 1, 4, new Date(Date.UTC(2015, 5, 1)), 'Đang hoạt động']);
    ws.addRow([new Date(Date.UTC(2020, 0, 1)), 'Công ty MST là ngày', '01', '00004', null, null]);
    ws.addRow([mst(13, 2), 'Công ty trạng thái lạ', '01', '00004', null, 'ngủ đông']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const imp = await importFile(hnHead, 'doanh-nghiep.xlsx', buf);
    expect(imp).toMatchObject({ status: 'done', format: 'xlsx', created: 1, errors: 2 });
    expect(imp.errorSample[0]).toMatchObject({ row: 3, message: expect.stringMatching(/Sai kiểu dữ liệu/) });
    const s = (await hnHead.get(`/api/v1/subjects?taxCode=${good}`)).json().items[0];
    expect(s).toMatchObject({ taxCode: good, communeCode: '00004' });
    expect((await hnHead.get(`/api/v1/subjects/${s.id}`)).json().establishedOn).toBe('2015-06-01');
  });

  it('refuses what is not a spreadsheet (415), a file without the required columns (400), and the wrong form (415/403)', async () => {
    const pdf = await postMultipart(ctx, '/api/v1/subjects/imports', [fileOf('danh-sach.pdf', minimalPdf())], hnHead);
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().error.message).toMatch(/không phải bảng tính/);
    const renamed = await postMultipart(ctx, '/api/v1/subjects/imports', [fileOf('danh-sach.xlsx', minimalPdf())], hnHead);
    expect(renamed.statusCode).toBe(415);
    const binaryCsv = await postMultipart(ctx, '/api/v1/subjects/imports', [fileOf('danh-sach.csv', Buffer.from([0x00, 0xff, 0xfe, 0x01, 0x02]))], hnHead);
    expect(binaryCsv.statusCode).toBe(415);
    const noColumns = await postMultipart(ctx, '/api/v1/subjects/imports', [fileOf('thieu-cot.csv', Buffer.from('Tên,Địa chỉ\r\nCông ty A,Hà Nội\r\n'))], hnHead);
    expect(noColumns.statusCode).toBe(400);
    expect(noColumns.json().error.message).toMatch(/thiếu cột bắt buộc: Mã số thuế/);
    const json = await hnHead.post('/api/v1/subjects/imports', { file: 'x' });
    expect(json.statusCode).toBe(415);
    const inspector = await postMultipart(ctx, '/api/v1/subjects/imports', [fileOf('a.csv', csvOf([line(mst(14, 1), 'Công ty')]))], hnInspector);
    expect(inspector.statusCode).toBe(403);
    const otherAgency = await postMultipart(ctx, '/api/v1/subjects/imports', [{ name: 'agencyId', value: hn.id }, fileOf('a.csv', csvOf([line(mst(14, 1), 'Công ty')]))], hcmHead);
    expect(otherAgency.statusCode).toBe(404);
  });

  it('imports several batches (one written while the next is read) with a duplicate and a foreign subject in later batches', async () => {
    const foreign = await hcmHead.post('/api/v1/subjects', { taxCode: mst(17, 1), name: 'Công ty của TP HCM ở lô sau', managingAgencyId: hcm.id, communeCode: '25747' });
    expect(foreign.statusCode, foreign.body).toBe(201);
    const lines = Array.from({ length: 12_000 }, (_, i) => line(mst(16, i), `Công ty lô lớn số ${i + 1}`));
    lines[10_500] = line(mst(16, 3), 'Trùng với dòng 5'); // row 10,502 repeats row 5's tax code (batch 3 vs batch 1)
    lines[11_000] = line(mst(17, 1), 'Ghi đè công ty TP HCM'); // a subject of another agency, in the last batch
    const imp = await importFile(hnHead, 'lo-lon.csv', csvOf(lines));
    expect(imp).toMatchObject({ status: 'done', rowsTotal: 12_000, rowsDone: 12_000, created: 11_998, duplicates: 1, errors: 1 });
    expect(imp.errorSample.map((e: { row: number }) => e.row).sort((a: number, b: number) => a - b)).toEqual([10_502, 11_002]);
    expect((await hnHead.get('/api/v1/subjects?q=cong%20ty%20lo%20lon')).json().total).toBe(11_998);
    expect((await hcmHead.get(`/api/v1/subjects/${foreign.json().id}`)).json().name).toBe('Công ty của TP HCM ở lô sau');
  }, 120_000);

  it('a file that breaks mid-way (unclosed quote) ends the import as failed with the reason', async () => {
    const broken = Buffer.concat([csvOf([line(mst(15, 1), 'Công ty trước lỗi')]), Buffer.from(`${mst(15, 2)},"Công ty không đóng ngoặc,01\r\n`)]);
    const imp = await importFile(hnHead, 'hong.csv', broken);
    expect(imp).toMatchObject({ status: 'failed', failure: expect.stringMatching(/ngoặc kép/) });
  });
});

describe('managed subjects: first load into an empty registry', () => {
  it('rebuilds the secondary indexes and foreign keys inside the merge, the catalog ends as it was, and a second import takes the ordinary path', async () => {
    const fresh = await createTestContext();
    try {
      registerSubjectJobs(fresh.deps);
      const agency = await buildAgency(fresh, { provinceCode: '01' });
      const head = await loginAs(fresh, agency, ['agency_head']);
      const catalog = async () =>
        ((await fresh.deps.db.execute(sql`
          select (select string_agg(pg_get_indexdef(indexrelid), '; ' order by pg_get_indexdef(indexrelid)) from pg_index where indrelid = 'subjects'::regclass) as indexes,
                 (select string_agg(conname || ' ' || pg_get_constraintdef(oid), '; ' order by conname) from pg_constraint where conrelid = 'subjects'::regclass) as constraints,
                 (select string_agg(indexrelid::text, ',' order by indexrelid) from pg_index where indrelid = 'subjects'::regclass and not indisprimary) as secondary`)) as unknown as { rows: { indexes: string; constraints: string; secondary: string }[] }).rows[0]!;
      const run = async (name: string, content: Buffer) => {
        const res = await postMultipart(fresh, '/api/v1/subjects/imports', [fileOf(name, content)], head);
        expect(res.statusCode, res.body).toBe(202);
        await fresh.deps.jobs.drain();
        return (await head.get(`/api/v1/subjects/imports/${res.json().id}`)).json();
      };
      const before = await catalog();
      const first = await run('dau.csv', csvOf([line(mst(30, 0), 'Công ty Một'), line(mst(30, 1), 'Công ty Hai'), line(mst(30, 0), 'Trùng dòng 2'), line('0100233481', 'Sai số kiểm tra')]));
      expect(first).toMatchObject({ status: 'done', created: 2, updated: 0, duplicates: 1, errors: 1 });
      const after = await catalog();
      expect(after.indexes).toBe(before.indexes);
      expect(after.constraints).toBe(before.constraints);
      expect(after.secondary).not.toBe(before.secondary); // rebuilt: new index objects
      expect((await head.get('/api/v1/subjects?q=cong%20ty%20hai')).json().total).toBe(1);
      // The re-created foreign keys hold.
      await expect(fresh.deps.db.execute(sql`update subjects set province_code = 'XX' where tax_code = ${mst(30, 1)}`)).rejects.toThrow();
      // Not empty any more: the ordinary merge (nothing dropped), with history for the changed subject.
      const second = await run('lan-hai.csv', csvOf([line(mst(30, 0), 'Công ty Một', { status: 'Tạm ngừng kinh doanh' }), line(mst(30, 1), 'Công ty Hai'), line(mst(30, 2), 'Công ty Ba')]));
      expect(second).toMatchObject({ status: 'done', created: 1, updated: 1, unchanged: 1, errors: 0 });
      expect((await catalog()).secondary).toBe(after.secondary);
      const events = (await fresh.deps.db.execute(sql`select e.kind, e.changes from subject_events e join subjects s on s.id = e.subject_id where s.tax_code = ${mst(30, 0)}`)) as unknown as { rows: { kind: string; changes: Record<string, unknown> }[] };
      expect(events.rows).toEqual([{ kind: 'imported', changes: { status: ['active', 'suspended'] } }]);
    } finally {
      await fresh.close();
    }
  }, 120_000);
});

describe('managed subjects: import size limit', () => {
  /** A CSV of valid rows of about `mb` megabytes. */
  function bigCsv(mb: number): Buffer {
    const parts: string[] = [`\ufeff${csvLine(HEADER)}`];
    let size = parts[0]!.length;
    for (let i = 0; size < mb * 1024 * 1024; i++) {
      const values = line(mst(20, i), `Công ty TNHH Thương mại và Dịch vụ Tổng hợp số ${i}`, { address: `Số ${i} đường Nguyễn Văn Cừ` });
      const l = csvLine(SUBJECT_COLUMNS.map((c) => values[c.key] ?? ''));
      parts.push(l);
      size += Buffer.byteLength(l);
    }
    return Buffer.from(parts.join(''), 'utf8');
  }

  it('refuses a 50 MB file over a 40 MB limit with 413 and keeps nothing; accepts it under the default limit', async () => {
    const file = bigCsv(50);
    const small = await createTestContext({ env: { SUBJECTS_IMPORT_MAX_MB: '40' } });
    try {
      const agency = await buildAgency(small, { provinceCode: '01' });
      const head = await loginAs(small, agency, ['agency_head']);
      const res = await postMultipart(small, '/api/v1/subjects/imports', [fileOf('lon.csv', file)], head);
      expect(res.statusCode).toBe(413);
      expect(res.json().error.message).toMatch(/tối đa 40 MB/);
      const { subjectImports } = await import('./subjects.table');
      expect(await small.deps.db.select().from(subjectImports)).toHaveLength(0);
    } finally {
      await small.close();
    }
    // Under the default limit (SUBJECTS_IMPORT_MAX_MB=300) the same file is accepted and queued.
    const ok = await postMultipart(ctx, '/api/v1/subjects/imports', [fileOf('lon.csv', file)], hnHead);
    expect(ok.statusCode, ok.body).toBe(202);
    expect(ok.json()).toMatchObject({ status: 'queued', size: file.length });
  }, 120_000);
});
