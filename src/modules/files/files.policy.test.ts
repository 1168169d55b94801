import { describe, expect, it } from 'vitest';
import type { Actor, Grant, Role } from '../../shared/domain/access';
import { canReadFile, canUploadFile, fileReadDecision } from './files.policy';

const ROOT = '/root/';
const PROVINCE_A = '/root/a/';
const PROVINCE_B = '/root/b/';
const DISTRICT_A = '/root/a/d1/';

const actor = (...grants: [Role, string][]): Actor => ({
  userId: 'u1',
  grants: grants.map(([role, agencyPath]): Grant => ({ role, agencyPath, agencyId: agencyPath })),
});

describe('file read policy', () => {
  it('lets anyone with files.read in scope read normal files, in the agency and below it', () => {
    expect(fileReadDecision(actor(['inspector', PROVINCE_A]), { agencyPath: PROVINCE_A, confidentiality: 'normal' })).toBe('allow');
    expect(fileReadDecision(actor(['leader_viewer', PROVINCE_A]), { agencyPath: DISTRICT_A, confidentiality: 'normal' })).toBe('allow');
  });

  it('hides files outside the scope, whatever the role', () => {
    expect(fileReadDecision(actor(['inspector', PROVINCE_A]), { agencyPath: PROVINCE_B, confidentiality: 'normal' })).toBe('hidden');
    expect(fileReadDecision(actor(['agency_head', DISTRICT_A]), { agencyPath: PROVINCE_A, confidentiality: 'normal' })).toBe('hidden');
    expect(fileReadDecision(actor(['system_admin', PROVINCE_B]), { agencyPath: PROVINCE_A, confidentiality: 'confidential' })).toBe('hidden');
    expect(fileReadDecision(actor(), { agencyPath: PROVINCE_A, confidentiality: 'normal' })).toBe('hidden');
  });

  it('opens confidential files only to agency heads and system administrators in scope', () => {
    const secret = { agencyPath: DISTRICT_A, confidentiality: 'confidential' };
    for (const role of ['inspector', 'reception_officer', 'clerk', 'leader_viewer'] as const) {
      expect(fileReadDecision(actor([role, PROVINCE_A]), secret), role).toBe('confidential');
    }
    expect(fileReadDecision(actor(['agency_head', PROVINCE_A]), secret)).toBe('allow');
    expect(fileReadDecision(actor(['agency_head', DISTRICT_A]), secret)).toBe('allow');
    expect(fileReadDecision(actor(['system_admin', ROOT]), secret)).toBe('allow');
  });

  it('does not combine a head role elsewhere with an inspector role here', () => {
    const secret = { agencyPath: PROVINCE_A, confidentiality: 'confidential' };
    expect(fileReadDecision(actor(['inspector', PROVINCE_A], ['agency_head', PROVINCE_B]), secret)).toBe('confidential');
    expect(fileReadDecision(actor(['inspector', PROVINCE_A], ['agency_head', DISTRICT_A]), secret)).toBe('confidential');
  });

  it('treats an unknown confidentiality level as confidential (fails closed)', () => {
    expect(canReadFile(actor(['inspector', PROVINCE_A]), { agencyPath: PROVINCE_A, confidentiality: 'top-secret' })).toBe(false);
    expect(canReadFile(actor(['agency_head', PROVINCE_A]), { agencyPath: PROVINCE_A, confidentiality: 'top-secret' })).toBe(true);
  });
});

describe('file upload policy', () => {
  it('needs files.upload at the agency or above', () => {
    expect(canUploadFile(actor(['clerk', PROVINCE_A]), { path: DISTRICT_A })).toBe(true);
    expect(canUploadFile(actor(['clerk', DISTRICT_A]), { path: PROVINCE_A })).toBe(false);
    expect(canUploadFile(actor(['leader_viewer', PROVINCE_A]), { path: PROVINCE_A })).toBe(false);
    expect(canUploadFile(actor(['inspector', PROVINCE_B]), { path: PROVINCE_A })).toBe(false);
  });
});
