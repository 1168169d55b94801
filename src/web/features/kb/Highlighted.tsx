import { Fragment } from 'react';
import { Link } from 'react-router-dom';

/** Text with the given ranges marked (the words that matched the question). */
export function Highlighted({ text, ranges }: { text: string; ranges: [number, number][] }) {
  const out: React.ReactNode[] = [];
  let at = 0;
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (s < at) continue;
    if (s > at) out.push(<Fragment key={`t${at}`}>{text.slice(at, s)}</Fragment>);
    out.push(<mark key={`m${s}`}>{text.slice(s, e)}</mark>);
    at = e;
  }
  if (at < text.length) out.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return <>{out}</>;
}

export type LinkRef = { start: number; end: number; targetArticleId: string | null };

/** Text whose cross-references ("khoản 2 Điều 15 của Luật này") link to the article viewer when the target is known. */
export function LinkedText({ text, refs }: { text: string; refs: LinkRef[] }) {
  const out: React.ReactNode[] = [];
  let at = 0;
  for (const r of [...refs].sort((a, b) => a.start - b.start)) {
    if (r.start < at || !r.targetArticleId) continue;
    if (r.start > at) out.push(<Fragment key={`t${at}`}>{text.slice(at, r.start)}</Fragment>);
    out.push(
      <Link key={`r${r.start}`} to={`/tro-ly/dieu/${r.targetArticleId}`}>
        {text.slice(r.start, r.end)}
      </Link>,
    );
    at = r.end;
  }
  if (at < text.length) out.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return <>{out}</>;
}
