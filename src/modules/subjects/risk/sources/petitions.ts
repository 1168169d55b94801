import { sql } from 'drizzle-orm';
import type { PetitionFact } from '../../../../shared/domain/subjects/indicators';
import { selectionWhere, type FactSource } from './source';

const KIND_VI: Record<string, string> = { complaint: 'Khiếu nại', denunciation: 'Tố cáo', petition: 'Kiến nghị', reflection: 'Phản ánh' };

/**
 * Letters tied to the subject by an officer (subject_petition_links). `finding` stays null: the petitions module does
 * not record a resolution's finding yet, so denunciations and complaints are listed but never counted (see compute.ts).
 * Only the letter's number, kind and date are read — never its sender.
 */
export const petitionsSource: FactSource<'petitions'> = {
  key: 'petitions',
  titleVi: 'Đơn khiếu nại, tố cáo, kiến nghị, phản ánh về tổ chức',
  titleEn: 'Complaints, denunciations, petitions about the organisation',
  rowsSql: (sel) => sql`
    select l.subject_id, p.id, p.kind, p.received_on, null::text as finding,
           jsonb_build_object('id', p.id, 'registerNo', p.register_no, 'kind', p.kind, 'receivedOn', p.received_on::text, 'finding', null) as fact
    from subject_petition_links l join petition_letters p on p.id = l.letter_id
    where ${selectionWhere(sql`l.subject_id`, sel)}`,
  orderSql: 'f.received_on desc, f.id',
  present: (p: PetitionFact) => ({ id: p.id, title: `Đơn số ${p.registerNo}`, date: p.receivedOn, status: p.kind ? (KIND_VI[p.kind] ?? p.kind) : 'Chưa phân loại', link: `/petitions/${p.id}`, details: null }),
  triggerSql: `
    create or replace function risk_queue_petition_letters() returns trigger language plpgsql as $$
    begin
      perform risk_queue_subjects(array(select subject_id from subject_petition_links where letter_id = new.id), 'petition');
      return new;
    end $$;
    drop trigger if exists risk_queue_petition_letters on petition_letters;
    create trigger risk_queue_petition_letters after update of kind, received_on on petition_letters
      for each row when (old.kind is distinct from new.kind or old.received_on is distinct from new.received_on) execute function risk_queue_petition_letters();`,
};
