// Who sees and acts on lessons learned (issue 6 §5). Decided here, tested in kb.lessons.policy.test.ts:
//  - approved lessons are the sector's shared knowledge: every officer who may use the assistant (kb.read) reads them,
//    in any agency, and the assistant cites them;
//  - a draft is the author's own notebook: only the author sees, edits, submits or deletes it;
//  - once submitted (and when returned), the author and the heads who may review the lesson's agency (kb.lessons.review
//    held at that agency or above) see it; only those reviewers approve or return it, never the author themself;
//  - a returned lesson goes back to the author, who edits it and submits it again.
import { can, type Actor } from '../../shared/domain/access/policy';

export const LESSON_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];
export type LessonForPolicy = { authorId: string; status: LessonStatus; agencyPath: string };

const isAuthor = (actor: Actor, l: LessonForPolicy) => actor.userId === l.authorId;
/** A reviewer of the lesson's agency (held there or above), other than its author. */
export const canReviewLesson = (actor: Actor, l: LessonForPolicy) => l.status === 'submitted' && !isAuthor(actor, l) && can(actor, 'kb.lessons.review', { agencyPath: l.agencyPath });

export function canSeeLesson(actor: Actor, l: LessonForPolicy): boolean {
  if (l.status === 'approved') return can(actor, 'kb.read');
  if (isAuthor(actor, l)) return true;
  return l.status !== 'draft' && !isAuthor(actor, l) && can(actor, 'kb.lessons.review', { agencyPath: l.agencyPath });
}

/** The author edits a draft or a returned lesson. */
export const canEditLesson = (actor: Actor, l: LessonForPolicy) => isAuthor(actor, l) && (l.status === 'draft' || l.status === 'returned');
/** The author submits a draft or a returned lesson for review. */
export const canSubmitLesson = canEditLesson;
/** The author deletes a draft that was never submitted. */
export const canDeleteLesson = (actor: Actor, l: LessonForPolicy) => isAuthor(actor, l) && l.status === 'draft';
