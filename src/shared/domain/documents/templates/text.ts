/** Small wording helpers shared by the templates. */

/** The first letter in upper case ("ngày 05 tháng 01…" → "Ngày 05 tháng 01…"). */
export function capitalise(s: string): string {
  return s.length === 0 ? s : s[0]!.toLocaleUpperCase('vi') + s.slice(1);
}

/** A proposal line as decisions print it: "Theo đề nghị của …" unless the caller already wrote "Theo …" or "Xét …". */
export function proposalLine(proposal: string): string {
  return /^(theo|xét)\s/iu.test(proposal) ? capitalise(proposal) : `Theo đề nghị của ${proposal}`;
}

/** "Ông A (địa chỉ: …)" — a person with an optional address, for "Kính gửi" and sentences. */
export function withAddress(name: string, address?: string): string {
  return address ? `${name} (địa chỉ: ${address})` : name;
}

/** A person's name inside a sentence: the courtesy title in lower case ("Ông Lê Văn A" → "ông Lê Văn A", "Bà" → "bà"). */
export function inSentence(name: string): string {
  return name.replace(/^(Ông|Bà|Ông \(bà\)|Anh|Chị)(?=\s)/u, (t) => t.toLocaleLowerCase('vi'));
}
