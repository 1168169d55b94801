import { z } from 'zod';
import { AUDIENCES } from '../domain/documents';
import { Uuid } from './common';

/** One document of a petition step (spec §8.4) as the case page shows it. */
export const PetitionDocument = z.object({
  id: z.string(),
  caseId: z.string().nullable(),
  kind: z.string(),
  label: z.string(),
  templateId: z.string(),
  audience: z.enum(AUDIENCES),
  /** "Số: 05/PC-TTT" (ND 30/2020 Art 15: one series per agency and year). */
  number: z.string(),
  issuedOn: z.string(),
  subject: z.string(),
  recipient: z.string().nullable(),
  /** The sender is named in it: the files are kept confidential when he is a protected denouncer. */
  namesFiler: z.boolean(),
  status: z.enum(['draft', 'signed']),
  signedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type PetitionDocument = z.infer<typeof PetitionDocument>;

/** The documents of a letter, and the step documents its history allows to generate. */
export const PetitionDocumentsResponse = z.object({
  items: z.array(PetitionDocument),
  available: z.array(z.object({ kind: z.string(), caseId: z.string().nullable(), label: z.string(), step: z.string() })),
  /** Who may sign (holders of the head role at the agency; the first is the default) and the default place name. */
  signing: z.object({ headTitle: z.string(), signers: z.array(z.object({ userId: z.string(), name: z.string() })), defaultPlace: z.string() }),
});
export type PetitionDocumentsResponse = z.infer<typeof PetitionDocumentsResponse>;

/** `POST /petitions/:id/documents`: the document a step named (its §8.4 id), for the letter or one of its cases. */
export const GeneratePetitionDocumentRequest = z.object({
  kind: z.string().regex(/^[a-z_0-9]{2,60}$/, 'Loại văn bản không hợp lệ.'),
  caseId: Uuid.nullable().optional(),
  /** Reasons printed in the document (non-acceptance, return), if the step needs them. */
  reason: z.string().trim().min(5, 'Lý do phải có ít nhất 5 ký tự.').max(1000, 'Lý do tối đa 1000 ký tự.').optional(),
  /** The signer: a holder of the head role at the agency (default: the first); a deputy signs "KT." for the head. */
  signerUserId: Uuid.optional(),
  signAs: z.enum(['head', 'deputy'], { message: 'Cách ký phải là "head" (người đứng đầu) hoặc "deputy" (cấp phó ký thay).' }).optional(),
  /** Địa danh printed before the date (default: the province of the agency). */
  place: z.string().max(100, 'Địa danh tối đa 100 ký tự.').optional(),
});

export const PetitionDocumentParams = z.object({ id: Uuid, documentId: Uuid });
export const PetitionDocumentFileParams = PetitionDocumentParams.extend({
  format: z.enum(['pdf', 'docx', 'signed'], { message: 'Định dạng phải là "pdf", "docx" hoặc "signed".' }),
});
