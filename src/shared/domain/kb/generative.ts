// The assistant's generative mode, the parts that need no network: the prompt holds only the retrieved passages,
// numbered; the model must end each sentence with the numbers of the passages it relies on ("[2]"); the answer is
// then checked: a citation that names no retrieved passage is removed, and a sentence left without any is dropped,
// so every sentence shown still cites a passage the officer can open.

/** A retrieved passage offered to the model, with its citation label ("khoản 1 Điều 30 Luật Tố cáo số 25/2018/QH14"). */
export type PromptPassage = { label: string; text: string };

export type ChatMessage = { role: 'system' | 'user'; content: string };

/** Longest passage text put in a prompt (characters); longer articles are cut at a sentence end. */
export const MAX_PASSAGE_CHARS = 1800;

function cut(text: string): string {
  if (text.length <= MAX_PASSAGE_CHARS) return text;
  const slice = text.slice(0, MAX_PASSAGE_CHARS);
  const end = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf(';\n'), slice.lastIndexOf('.\n'));
  return `${end > MAX_PASSAGE_CHARS / 2 ? slice.slice(0, end + 1) : slice} …`;
}

/** The chat messages: rules in the system message, then the numbered passages and the question. */
export function buildPrompt(question: string, passages: PromptPassage[]): ChatMessage[] {
  const system = [
    'Bạn là trợ lý pháp lý của cơ quan thanh tra. Chỉ trả lời dựa trên các đoạn trích văn bản pháp luật được cung cấp.',
    'Mỗi câu trả lời phải kết thúc bằng số thứ tự của đoạn trích làm căn cứ trong ngoặc vuông, ví dụ [1] hoặc [1][3].',
    'Không dùng kiến thức ngoài các đoạn trích. Nếu các đoạn trích không đủ căn cứ, trả lời đúng một câu: "Không đủ căn cứ trong các đoạn trích."',
    'Trả lời bằng tiếng Việt, ngắn gọn.',
  ].join('\n');
  const user = [...passages.map((p, i) => `[${i + 1}] ${p.label}\n${cut(p.text)}`), `Câu hỏi: ${question}`].join('\n\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

/** A sentence of the model's answer with the passages (0-based) it cites. */
export type CheckedSentence = { text: string; passages: number[] };

/**
 * Splits the model's text into sentences, keeps the citations that name a retrieved passage (1…n), removes the
 * others, and drops sentences left without a valid citation. `removed` counts the citations taken out.
 */
export function checkCitations(answer: string, passageCount: number): { sentences: CheckedSentence[]; removed: number; dropped: number } {
  let removed = 0;
  let dropped = 0;
  const sentences: CheckedSentence[] = [];
  const parts = answer
    .replace(/\r/gu, '')
    .split(/\n+|(?<=[.!?](?:\s*\[\d+\])*)\s+(?=\p{Lu})/u)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const raw of parts) {
    const cited: number[] = [];
    for (const m of raw.matchAll(/\[(\d+)\]/gu)) {
      const n = Number(m[1]);
      if (n >= 1 && n <= passageCount) {
        if (!cited.includes(n - 1)) cited.push(n - 1);
      } else removed++;
    }
    const text = raw
      .replace(/\s*\[\d+\]/gu, '')
      .replace(/^[-*•]\s*/u, '')
      .trim();
    if (!text) continue;
    if (cited.length === 0) {
      dropped++;
      continue;
    }
    sentences.push({ text, passages: cited });
  }
  return { sentences, removed, dropped };
}
