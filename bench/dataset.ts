// A realistic body of stored letters for the duplicate look-up benchmark, generated inside the database
// (INSERT … SELECT over generate_series) so that a million rows load in minutes, not hours.
//
// What makes it realistic (and hard for the look-up):
// - senders: Vietnamese names drawn with real surname frequencies (Nguyễn ≈ 38 %), so many different people
//   share a full name and the name blind index matches thousands of letters; 12-digit CCCD numbers with
//   province, century/sex and birth-year digits; mobile numbers; 80 % of letters come from one-off senders,
//   20 % from a pool of repeat writers (≈ 10 letters each, mostly about their own matter);
// - matters: 24 title templates (complaints, denunciations, petitions, reflections) filled with real commune
//   and province names (the 3,321 communes of the reference data), decision numbers, land plots, projects,
//   companies, rivers and funds; 12 respondent templates (officials by name and post, People's Committees,
//   companies, departments); 30 % of letters share a matter with others (group letters, repeats) and are
//   reworded ("Lần 2:", "đề nghị giải quyết dứt điểm", …), the rest are one-off;
// - letters go to the provincial inspectorate of the commune concerned (34 agencies under one root).
// Blind indexes are keyed SHA-256 of the normalised value, 40 hex characters — the shape IdentityVault makes.
import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db';
import { insertAgencies, newAgencyRow } from '../src/modules/orgs';

const SURNAMES = weighted([
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 4], ['Phan', 4], ['Vũ', 4], ['Võ', 3], ['Đặng', 2],
  ['Bùi', 2], ['Đỗ', 2], ['Hồ', 2], ['Ngô', 1], ['Dương', 1], ['Lý', 1], ['Đinh', 1], ['Trịnh', 1], ['Đào', 1], ['Mai', 1],
]);
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quang', 'Xuân', 'Thu', 'Kim', 'Công', 'Đình', 'Hoàng', 'Bảo', 'Thành', 'Quốc', 'Mạnh', 'Thị Thu', 'Văn Minh'];
const GIVEN = [
  'An', 'Anh', 'Bình', 'Cường', 'Chi', 'Dũng', 'Duy', 'Dương', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hằng', 'Hiếu', 'Hòa', 'Hoa', 'Hùng', 'Hưng', 'Hương', 'Huyền',
  'Khánh', 'Khoa', 'Lan', 'Linh', 'Loan', 'Long', 'Mai', 'Minh', 'My', 'Nam', 'Nga', 'Ngân', 'Nghĩa', 'Ngọc', 'Nhung', 'Oanh', 'Phong', 'Phúc', 'Phương', 'Quân',
  'Quang', 'Quỳnh', 'Sơn', 'Tâm', 'Tân', 'Thắng', 'Thảo', 'Thủy', 'Tiến', 'Trang', 'Trung', 'Tuấn', 'Tùng', 'Vân', 'Việt', 'Vinh', 'Yến', 'Đạt', 'Định', 'Ánh',
];
const ID_PROVINCES = ['001', '002', '004', '008', '010', '015', '019', '022', '024', '025', '026', '030', '031', '033', '034', '035', '036', '037', '038', '040', '042', '044', '045', '046', '048', '049', '051', '052', '054', '056', '058', '060', '062', '064', '066', '067', '068', '070', '072', '074', '075', '077', '079', '080', '082', '083', '084', '086', '087', '089', '091', '092', '093', '094', '095', '096'];
const VILLAGES = ['Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Thượng', 'Hạ', 'Phú Mỹ', 'An Lạc', 'Tân Lập', 'Hòa Bình', 'Đồng Tâm', 'Yên Thái', 'Cẩm Phô', 'Vĩnh Phúc', 'Phước Hải', 'Bình An', 'Thạnh Lợi', 'Kim Sơn', 'Quyết Tiến'];
const PROJECTS = ['khu dân cư Đồng Xanh', 'đường vành đai 4', 'khu công nghiệp Phú Hà', 'hồ chứa nước Bản Mồng', 'khu đô thị Sinh Thái', 'mở rộng quốc lộ 1A', 'cầu Vàm Cống', 'trường mầm non Hoa Sen', 'chợ trung tâm', 'nhà máy xử lý rác', 'kè chống sạt lở', 'khu tái định cư số 2', 'sân vận động huyện cũ', 'cụm công nghiệp Tân Phú', 'cao tốc Bắc - Nam'];
const COMPANIES = ['TNHH Xây dựng Thành Đạt', 'Cổ phần Đầu tư Hưng Thịnh', 'TNHH Chăn nuôi Phú Gia', 'Cổ phần Khoáng sản Sông Hồng', 'TNHH Thương mại Minh Phát', 'Cổ phần Bất động sản Đất Xanh Miền Trung', 'TNHH Môi trường Xanh', 'Cổ phần Vận tải Hoàng Long', 'TNHH May mặc Việt Tiến', 'Cổ phần Thủy sản Cửu Long'];
const DEPTS = ['Tài nguyên và Môi trường', 'Xây dựng', 'Giáo dục và Đào tạo', 'Y tế', 'Lao động - Thương binh và Xã hội', 'Nông nghiệp và Phát triển nông thôn', 'Tài chính', 'Giao thông vận tải', 'Nội vụ', 'Công Thương'];
const RIVERS = ['Hồng', 'Đà', 'Lô', 'Mã', 'Cả', 'Thu Bồn', 'Trà Khúc', 'Đồng Nai', 'Sài Gòn', 'Hậu', 'Tiền', 'Cầu', 'Thương', 'Lục Nam', 'Ba'];
const FUNDS = ['phòng chống thiên tai', 'khuyến học', 'vì người nghèo', 'đền ơn đáp nghĩa', 'bảo trợ trẻ em', 'hỗ trợ nông dân'];
const PREFIXES = ['', '', '', '', 'Đơn ', '(Lần 2) ', 'Lần 3: ', 'Khẩn: '];
const SUFFIXES = ['', '', '', '', ' (gửi lần hai)', ', đề nghị giải quyết dứt điểm', ' của gia đình tôi', ' kéo dài nhiều năm', ' chưa được giải quyết'];

function weighted(pairs: [string, number][]): string[] {
  return pairs.flatMap(([s, w]) => Array.from({ length: w }, () => s));
}
const arr = (xs: string[]) => sql.raw(`array[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(',')}]::text[]`);
/** A deterministic pseudo-random integer in [0, mod) from an integer expression and a salt. */
const H = (expr: string, salt: number, mod: number | string) => `((hashint4((${expr})::int # ${salt * 7919})::bigint + 2147483648) % (${mod}))`;
const pick = (xs: string[], expr: string, salt: number) => sql`(${arr(xs)})[1 + ${sql.raw(H(expr, salt, xs.length))}]`;

/** The same normalisation as foldKey() for the text we generate: lower case, no diacritics, đ → d, spaces collapsed. */
// (The generated text has single spaces and " - " as its only spaced dash, so plain replace() does what foldKey's regexes do.)
const fold = (e: ReturnType<typeof sql>) => sql`replace(lower(unaccent(${e})), ' - ', '-')`;
const blind = (kind: string, e: ReturnType<typeof sql>) => sql`left(encode(sha256(convert_to(${`bench-key:${kind}:`} || ${e}, 'UTF8')), 'hex'), 40)`;

export type Dataset = { rootPath: string; agencyIds: string[]; communes: number };

/** Creates the 34 provincial inspectorates under one root, and the reference tables the generator joins. */
export async function prepareDataset(db: Db): Promise<Dataset> {
  await db.execute(sql`create table if not exists bench_communes as select row_number() over (order by code)::int as n, code, province_code, name, full_name from admin_communes`);
  await db.execute(sql`create index if not exists bench_communes_n on bench_communes (n)`);
  await db.execute(sql`create table if not exists bench_province_rank as select (row_number() over (order by code) - 1)::int as n, code from admin_provinces`);
  const communes = Number(rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from bench_communes`))[0]!.n);
  const rows = rowsOf<{ code: string; name: string }>(await db.execute(sql`select code, name from admin_provinces order by code`));
  const root = newAgencyRow(null, { code: `BENCH-ROOT-${Date.now()}`, name: 'Thanh tra Chính phủ (bench)', kind: 'government' as never, validFrom: '2025-07-01' });
  const children = rows.map((p) => newAgencyRow(root as never, { code: `BENCH-${p.code}-${Date.now()}`, name: `Thanh tra ${p.name} (bench)`, kind: 'provincial_inspectorate' as never, provinceCode: p.code, validFrom: '2025-07-01' }));
  await insertAgencies(db, [root, ...children]);
  return { rootPath: root.path, agencyIds: children.map((c) => c.id!), communes };
}

/**
 * Inserts letters `from`..`to` (1-based numbers g). `total` fixes the pools so that chunks of one run agree.
 * Letters whose number g is ≡ 0 (mod 5) come from the repeat-writer pool; their matter is mostly their own.
 */
/** Person p and matter m of letter g (SQL over a column or expression `g`); everything else is a function of them. */
function personAndMatter(total: number) {
  const writers = Math.max(10, Math.floor(total / 50));
  const shared = Math.max(10, Math.floor(total / 20));
  return {
    p: `(case when g % 5 = 0 then ${H('g', 1, writers)} else ${total} + g end)`,
    m: `(case when g % 5 = 0 and ${H('g', 2, 10)} < 7 then ${H('g', 1, writers)} when ${H('g', 3, 10)} < 3 then ${2 * total} + ${H('g', 4, shared)} else ${3 * total} + g end)`,
  };
}

/**
 * The truth behind the generated letters: bench_truth(g, p, m, has_duplicates) — g is the register number, p the
 * person, m the matter; a letter has duplicates when another letter has its person or its matter.
 */
export async function truthTable(db: Db, total: number) {
  const { p, m } = personAndMatter(total);
  await db.execute(sql`drop table if exists bench_truth`);
  await db.execute(
    sql.raw(`create table bench_truth as select g, p, m, (count(*) over (partition by p) > 1 or count(*) over (partition by m) > 1) as has_duplicates
      from (select g, ${p} as p, ${m} as m from generate_series(1, ${total}) g) x`),
  );
  await db.execute(sql`create index on bench_truth (g)`);
  await db.execute(sql`create index on bench_truth (p)`);
  await db.execute(sql`create index on bench_truth (m)`);
  await db.execute(sql`analyze bench_truth`);
}

export async function insertLetters(db: Db, ds: Dataset, total: number, from: number, to: number, engine: 'pglite' | 'postgres') {
  const { p, m } = personAndMatter(total);
  const name = sql`${pick(SURNAMES, 'p', 11)} || ' ' || ${pick(MIDDLE, 'p', 12)} || ' ' || ${pick(GIVEN, 'p', 13)}`;
  const rname = sql`${pick(SURNAMES, 'm', 31)} || ' ' || ${pick(MIDDLE, 'm', 32)} || ' ' || ${pick(GIVEN, 'm', 33)}`;
  const idNumber = sql`${pick(ID_PROVINCES, 'p', 14)} || (${sql.raw(H('p', 15, 4))})::text || lpad((${sql.raw(H('p', 16, 70))} + 30)::text, 2, '0') || lpad((${sql.raw(H('p', 17, 1000000))})::text, 6, '0')`;
  const phone = sql`(${arr(['09', '03', '08', '07'])})[1 + ${sql.raw(H('p', 18, 4))}] || lpad((${sql.raw(H('p', 19, 100000000))})::text, 8, '0')`;
  const village = pick(VILLAGES, 'm', 41);
  const project = pick(PROJECTS, 'm', 42);
  const company = pick(COMPANIES, 'm', 43);
  const decision = sql`(${sql.raw(H('m', 44, 9000))} + 100)::text`;
  const year = sql`(2019 + ${sql.raw(H('m', 45, 7))})`;
  const titles = sql`case t
    when 0 then 'Khiếu nại Quyết định số ' || ${decision} || '/QĐ-UBND về việc thu hồi đất của hộ gia đình tại thôn ' || ${village}
    when 1 then 'Khiếu nại về mức bồi thường, hỗ trợ khi Nhà nước thu hồi đất thực hiện dự án ' || ${project}
    when 2 then 'Khiếu nại việc không cấp giấy chứng nhận quyền sử dụng đất thửa số ' || ${sql.raw(H('m', 46, 900))} || ', tờ bản đồ số ' || ${sql.raw(H('m', 47, 60))}
    when 3 then 'Khiếu nại quyết định xử phạt vi phạm hành chính số ' || ${decision} || '/QĐ-XPHC'
    when 4 then 'Khiếu nại việc cưỡng chế tháo dỡ công trình tại thôn ' || ${village} || ', ' || c.full_name
    when 5 then 'Khiếu nại quyết định kỷ luật viên chức số ' || ${decision} || '/QĐ-SGDĐT'
    when 6 then 'Khiếu nại việc cắt chế độ trợ cấp người có công với cách mạng năm ' || ${year}
    when 7 then 'Khiếu nại việc thu hồi đất không đúng quy định để thực hiện dự án ' || ${project}
    when 8 then 'Tố cáo hành vi nhận tiền để hợp thức hóa hồ sơ đất đai tại thôn ' || ${village}
    when 9 then 'Tố cáo sai phạm trong đấu thầu gói thầu số ' || ${sql.raw(H('m', 48, 30))} || ' thuộc dự án ' || ${project}
    when 10 then 'Tố cáo việc lạm dụng chức vụ, quyền hạn trong bình xét hộ nghèo năm ' || ${year}
    when 11 then 'Tố cáo hành vi lấn chiếm đất công để xây dựng trái phép tại thôn ' || ${village}
    when 12 then 'Tố cáo việc thu tiền sai quy định của phụ huynh học sinh năm học ' || ${year} || '-' || (${year} + 1)
    when 13 then 'Tố cáo hành vi khai thác cát trái phép trên sông ' || ${pick(RIVERS, 'm', 49)}
    when 14 then 'Tố cáo việc chiếm dụng vốn hỗ trợ sản xuất nông nghiệp năm ' || ${year}
    when 15 then 'Tố cáo sai phạm trong quản lý, sử dụng quỹ ' || ${pick(FUNDS, 'm', 50)} || ' năm ' || ${year}
    when 16 then 'Kiến nghị sửa chữa tuyến đường liên thôn ' || ${village} || ' xuống cấp nghiêm trọng'
    when 17 then 'Phản ánh tình trạng ô nhiễm môi trường do cơ sở chăn nuôi của Công ty ' || ${company}
    when 18 then 'Kiến nghị cấp đổi giấy chứng nhận quyền sử dụng đất bị sai thông tin thửa số ' || ${sql.raw(H('m', 46, 900))}
    when 19 then 'Phản ánh việc chậm chi trả tiền bồi thường dự án ' || ${project}
    when 20 then 'Kiến nghị giải quyết tình trạng ngập úng tại khu dân cư thôn ' || ${village}
    when 21 then 'Phản ánh tiếng ồn, bụi từ xưởng sản xuất của Công ty ' || ${company}
    when 22 then 'Kiến nghị hỗ trợ di dời nhà ở ra khỏi vùng sạt lở tại thôn ' || ${village} || ', ' || c.full_name
    when 23 then 'Phản ánh thái độ làm việc của cán bộ bộ phận một cửa ' || c.full_name
  end`;
  const respondents = sql`case ${sql.raw(H('m', 52, 12))}
    when 0 then 'Chủ tịch Ủy ban nhân dân ' || c.full_name
    when 1 then 'Ủy ban nhân dân ' || c.full_name
    when 2 then 'Ông ' || ${rname} || ', công chức địa chính - xây dựng ' || c.full_name
    when 3 then 'Bà ' || ${rname} || ', Hiệu trưởng Trường THCS ' || c.name
    when 4 then 'Công ty ' || ${company}
    when 5 then 'Sở ' || ${pick(DEPTS, 'm', 51)} || ' ' || pr.full_name
    when 6 then 'Ban Quản lý dự án đầu tư xây dựng khu vực ' || c.name
    when 7 then 'Trưởng Công an ' || c.full_name
    when 8 then 'Ông ' || ${rname} || ', Trưởng thôn ' || ${village} || ', ' || c.full_name
    when 9 then 'Chi nhánh Văn phòng đăng ký đất đai khu vực ' || c.name
    when 10 then 'Bệnh viện đa khoa khu vực ' || c.name
    when 11 then 'Ông ' || ${rname} || ', Chủ tịch Hội Nông dân ' || c.full_name
  end`;
  const agencies = sql.raw(`array[${ds.agencyIds.map((id) => `'${id}'`).join(',')}]::uuid[]`);
  const query = sql`
    with base as (
      select g, p, m, ${sql.raw(H('m', 20, 24))} as t, 1 + ${sql.raw(H('m', 24, ds.communes))} as cn, date '2020-01-01' + (g % 2500) as received_on
      from (select g, ${sql.raw(p)} as p, ${sql.raw(m)} as m from generate_series(${from}::int, ${to}::int) g) x
    ), src as (
      select base.*, pr.code as province_code, c.code as commune_code, c.full_name as commune_name, pr.full_name as province_name,
        (select n from bench_province_rank where code = pr.code) as province_rank,
        ${name} as author_name, ${idNumber} as id_number, ${phone} as phone, ${sql.raw(H('g', 21, 100))} as r,
        ${pick(PREFIXES, 'g', 22)} || ${titles} || ${pick(SUFFIXES, 'g', 23)} as title, ${respondents} as respondent,
        ${pick(VILLAGES, 'p', 25)} as home_village
      from base
      join bench_communes c on c.n = base.cn
      join admin_provinces pr on pr.code = c.province_code
    ), full_text as (
      select src.*, 'Kính gửi cơ quan có thẩm quyền. Tôi là ' || author_name || ', trú tại thôn ' || home_village || ', ' || commune_name || ', ' || province_name
        || '. Nay tôi làm đơn này về việc: ' || lower(title) || '. Sự việc liên quan đến ' || respondent
        || ' đã kéo dài, ảnh hưởng đến quyền và lợi ích hợp pháp của gia đình tôi. Đề nghị cơ quan có thẩm quyền xem xét, giải quyết theo quy định của pháp luật.' as content
      from src
    )
    insert into petition_letters (agency_id, register_year, register_seq, register_no, channel, received_on, received_at, claimed_kind,
      title, content, respondent_name, province_code, commune_code, author_type, identity_protected, author_pseudonym,
      author_name_index, author_id_index, author_phone_index, search_text, subject_fold, state)
    select (${agencies})[1 + province_rank % ${ds.agencyIds.length}],
      extract(year from received_on)::int, g, extract(year from received_on)::int || '/' || lpad(g::text, 7, '0'),
      (array['online','post','in_person','drop_box_or_desk','transferred'])[1 + g % 5],
      received_on, received_on + time '08:00' + (g % 540) * interval '1 minute',
      case when t < 8 then 'complaint' when t < 16 then 'denunciation' when t % 2 = 0 then 'petition' else 'reflection' end,
      title, content, respondent, province_code, commune_code, 'individual', t between 8 and 15,
      case when t between 8 and 15 then 'Người tố cáo (đơn ' || g || ')' else ${pick(SURNAMES, 'p', 11)} || ' ' || left(${pick(MIDDLE, 'p', 12)}, 1) || '. ' || left(${pick(GIVEN, 'p', 13)}, 1) || '.' end,
      ${blind('name', fold(sql`author_name`))},
      case when r < 75 then ${blind('id', sql`id_number`)} end,
      case when r % 7 <> 0 then ${blind('phone', sql`phone`)} end,
      ${fold(sql`title || ' ' || content || ' ' || respondent`)},
      ${fold(sql`title || ' ' || respondent`)},
      (array['registered','classified','registered','closed','answered'])[1 + g % 5]
    from full_text`;
  // One transaction per chunk; JIT off: compiling this wide expression costs PostgreSQL 15 ~15 s per statement.
  await db.transaction(async (tx) => {
    if (engine === 'postgres') await tx.execute(sql`set local jit = off`);
    await tx.execute(query);
  });
}

/** Rows of a raw query on either driver (node-postgres and PGlite both answer { rows }). */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
