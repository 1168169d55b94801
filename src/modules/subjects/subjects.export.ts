import type { Readable } from 'node:stream';
import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Deps } from '../../server/deps';
import type { SubjectExportQuery } from '../../shared/contracts/subjects';
import type { Actor } from '../../shared/domain/access';
import { SUBJECT_COLUMNS, SUBJECT_KIND_LABELS, SUBJECT_STATUS_LABELS, type SubjectKind, type SubjectStatus } from '../../shared/domain/subjects';
import * as repo from './subjects.repository';
import { filterOf } from './subjects.service';
import { csvStream, xlsxStream } from './subjects.sheets';

const PAGE = 5000;
const dmy = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : null);

/** One subject as an export line, in the columns (and with the headers) the import reads back. */
function exportLine(r: repo.SubjectListRow): (string | null)[] {
  const s = r.subject;
  const values: Record<(typeof SUBJECT_COLUMNS)[number]['key'], string | null> = {
    taxCode: s.taxCode,
    name: s.name,
    kind: SUBJECT_KIND_LABELS[s.kind as SubjectKind] ?? s.kind,
    address: s.address,
    provinceCode: s.provinceCode,
    communeCode: s.communeCode,
    oldCommuneCode: s.oldCommuneCode,
    vsicCode: s.vsicCode,
    agencyCode: r.agencyCode,
    legalRepName: s.legalRepName,
    legalRepTitle: s.legalRepTitle,
    status: SUBJECT_STATUS_LABELS[s.status as SubjectStatus] ?? s.status,
    establishedOn: dmy(s.establishedOn),
  };
  return SUBJECT_COLUMNS.map((c) => values[c.key]);
}

/**
 * Streams the subjects in the actor's scope that match the filters, as CSV or XLSX with the import's headers (an
 * export can be edited and imported back). Pages by id, so a million rows stream without OFFSET. Audited.
 */
export async function exportSubjects(deps: Deps, ctx: AuditContext, actor: Actor, q: z.infer<typeof SubjectExportQuery>): Promise<{ name: string; mimeType: string; stream: Readable }> {
  const { format, ...filters } = q;
  const filter = filterOf(actor, filters);
  await recordAudit(deps.db, ctx, { action: 'subject.export', entityType: 'subject', after: { format, filters } }, deps.clock.now());
  async function* lines() {
    let after: string | null = null;
    for (;;) {
      const page = await repo.exportPage(deps.db, filter, after, PAGE);
      for (const r of page) yield exportLine(r);
      if (page.length < PAGE) return;
      after = page[page.length - 1]!.subject.id;
    }
  }
  const header = SUBJECT_COLUMNS.map((c) => c.header);
  const day = new Date(deps.clock.now().getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  if (format === 'csv') return { name: `doi-tuong-quan-ly-${day}.csv`, mimeType: 'text/csv', stream: csvStream(header, lines()) };
  return {
    name: `doi-tuong-quan-ly-${day}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    stream: xlsxStream('Đối tượng quản lý', header, lines(), (err) => deps.log.error({ err }, 'subjects export failed')),
  };
}
