import { describe, expect, it } from 'vitest';
import { INSPECTION_CASE_MACHINE } from './machines';
import { commentsOpen, draftCommentBasis, meetingBasis } from './meetings';
import { meetingChannel, onlineShare, percentOf, shareKindOf, videoLinkOf, videoTemplateProblem } from './online-share';

const lifecycle = new Set(INSPECTION_CASE_MACHINE.transitions.map((t) => t.event));

describe('what counts in the online share', () => {
  it('maps lifecycle steps to actions and the platform activities to their kinds; bookkeeping is not counted', () => {
    expect(shareKindOf('announce', lifecycle)).toBe('action');
    expect(shareKindOf('sign_conclusion', lifecycle)).toBe('action');
    expect(shareKindOf('request', lifecycle)).toBe('request');
    expect(shareKindOf('answer', lifecycle)).toBe('answer');
    expect(shareKindOf('meeting_held', lifecycle)).toBe('meeting');
    expect(shareKindOf('document_issued', lifecycle)).toBe('document');
    expect(shareKindOf('draft_sent', lifecycle)).toBe('draft');
    expect(shareKindOf('draft_comment', lifecycle)).toBe('comment');
    for (const e of ['decide', 'team_add', 'coi_declared', 'party_invited', 'party_activated', 'request_closed', 'meeting_scheduled', 'meeting_cancelled', 'draft_closed', 'something_else']) expect(shareKindOf(e, lifecycle), e).toBeNull();
  });

  it('a meeting in person is paper, online or hybrid is online', () => {
    expect(meetingChannel('in_person')).toBe('paper');
    expect(meetingChannel('online')).toBe('online');
    expect(meetingChannel('hybrid')).toBe('online');
  });

  it('sums per kind and overall, with one decimal, and says whether the target is met', () => {
    const r = onlineShare(
      [
        { kind: 'answer', channel: 'online', n: 2 },
        { kind: 'answer', channel: 'paper', n: 1 },
        { kind: 'meeting', channel: 'paper', n: 1 },
        { kind: 'action', channel: 'online', n: 3 },
        { kind: 'action', channel: 'online', n: 1 },
      ],
      { percent: 70, source: 'Kế hoạch số 12/KH-TTT' },
    );
    expect(r.byKind.find((k) => k.kind === 'answer')).toEqual({ kind: 'answer', online: 2, paper: 1, total: 3, share: 66.7 });
    expect(r.byKind.find((k) => k.kind === 'action')).toMatchObject({ online: 4, paper: 0, share: 100 });
    expect(r.byKind.find((k) => k.kind === 'document')).toMatchObject({ total: 0, share: null });
    expect(r).toMatchObject({ online: 6, paper: 2, total: 8, share: 75, target: { percent: 70, met: true } });
    expect(onlineShare([{ kind: 'answer', channel: 'paper', n: 1 }], { percent: 15, source: null }).target).toMatchObject({ met: false });
    expect(onlineShare([], { percent: 15, source: null })).toMatchObject({ share: null, target: { met: false } });
    expect(onlineShare([], null).target).toBeNull();
    expect(percentOf(1, 3)).toBe(33.3);
  });
});

describe('video links', () => {
  it('accepts an https template with {room} and refuses the others', () => {
    expect(videoTemplateProblem('https://meet.example.vn/{room}')).toBeNull();
    expect(videoTemplateProblem('https://meet.example.vn/')).toMatch(/\{room\}/);
    expect(videoTemplateProblem('http://meet.example.vn/{room}')).toMatch(/https/);
    expect(videoTemplateProblem('https://user:pw@meet.example.vn/{room}')).toMatch(/mật khẩu/);
    expect(videoTemplateProblem('không phải {room}')).toMatch(/địa chỉ hợp lệ/);
  });
  it('builds the link with a room named after the case and a random part', () => {
    expect(videoLinkOf('https://meet.example.vn/{room}', '2026/TT-0003', 'a1b2c3')).toBe('https://meet.example.vn/tt-2026-tt-0003-a1b2c3');
  });
});

describe('meetings and drafts: articles and the comment period', () => {
  it('names the article by the rule set of the case', () => {
    expect(meetingBasis('announcement', 'ltt_2025')).toMatch(/khoản 4 Điều 26/);
    expect(meetingBasis('working_session', 'ltt_2022')).toMatch(/2022/);
    expect(draftCommentBasis('ltt_2025')).toMatch(/Điều 34.*Điều 50/);
    expect(draftCommentBasis('unknown')).toBe(draftCommentBasis('ltt_2025'));
  });
  it('takes comments until the end of the due date while open', () => {
    expect(commentsOpen('open', '2026-11-10', '2026-11-10')).toBe(true);
    expect(commentsOpen('open', '2026-11-10', '2026-11-11')).toBe(false);
    expect(commentsOpen('closed', '2026-11-10', '2026-11-01')).toBe(false);
  });
});
