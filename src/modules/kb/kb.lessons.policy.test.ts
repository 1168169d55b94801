import { describe, expect, it } from 'vitest';
import type { Actor } from '../../shared/domain/access/policy';
import { canDeleteLesson, canEditLesson, canReviewLesson, canSeeLesson, canSubmitLesson, type LessonStatus } from './kb.lessons.policy';

const PROVINCE = '/root/hn/';
const DEPT = '/root/hn/dept/';
const OTHER = '/root/hcm/';
const author: Actor = { userId: 'a', grants: [{ agencyId: 'd', agencyPath: DEPT, role: 'inspector' }] };
const colleague: Actor = { userId: 'c', grants: [{ agencyId: 'd', agencyPath: DEPT, role: 'inspector' }] };
const head: Actor = { userId: 'h', grants: [{ agencyId: 'p', agencyPath: PROVINCE, role: 'agency_head' }] };
const otherHead: Actor = { userId: 'o', grants: [{ agencyId: 'x', agencyPath: OTHER, role: 'agency_head' }] };
const lesson = (status: LessonStatus) => ({ authorId: 'a', status, agencyPath: DEPT });

describe('permissions on lessons learned', () => {
  it('a draft is seen and changed by its author only', () => {
    for (const who of [colleague, head, otherHead]) expect(canSeeLesson(who, lesson('draft'))).toBe(false);
    expect(canSeeLesson(author, lesson('draft'))).toBe(true);
    expect(canEditLesson(author, lesson('draft')) && canSubmitLesson(author, lesson('draft')) && canDeleteLesson(author, lesson('draft'))).toBe(true);
    expect(canEditLesson(head, lesson('draft'))).toBe(false);
  });

  it('a submitted lesson is reviewed by a head of its agency or above, never by its author or another province', () => {
    expect(canSeeLesson(head, lesson('submitted'))).toBe(true);
    expect(canReviewLesson(head, lesson('submitted'))).toBe(true);
    expect(canSeeLesson(colleague, lesson('submitted'))).toBe(false);
    expect(canSeeLesson(otherHead, lesson('submitted'))).toBe(false);
    expect(canReviewLesson(otherHead, lesson('submitted'))).toBe(false);
    const headAuthor = { ...lesson('submitted'), authorId: 'h', agencyPath: PROVINCE };
    expect(canReviewLesson(head, headAuthor)).toBe(false);
    expect(canEditLesson(author, lesson('submitted'))).toBe(false);
    expect(canReviewLesson(head, lesson('approved'))).toBe(false);
  });

  it('a returned lesson goes back to its author; an approved one is read by every officer', () => {
    expect(canEditLesson(author, lesson('returned')) && canSubmitLesson(author, lesson('returned'))).toBe(true);
    expect(canDeleteLesson(author, lesson('returned'))).toBe(false);
    expect(canSeeLesson(colleague, lesson('returned'))).toBe(false);
    for (const who of [author, colleague, head, otherHead]) expect(canSeeLesson(who, lesson('approved'))).toBe(true);
    expect(canSeeLesson({ userId: 'n', grants: [] }, lesson('approved'))).toBe(false);
  });
});
