import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../server/db';
import type { RuleVersion } from '../../shared/domain/petitions/deadlines';
import { legalRuleOverrides } from './legal-rules.table';

export type OverrideRow = typeof legalRuleOverrides.$inferSelect;

/** All overrides, oldest first (a few rows per clock at most). */
export function listOverrides(db: Db): Promise<OverrideRow[]> {
  return db.select().from(legalRuleOverrides).orderBy(asc(legalRuleOverrides.clockId), asc(legalRuleOverrides.effectiveFrom), asc(legalRuleOverrides.createdAt));
}

/** One override. */
export async function findOverride(db: Db, id: string): Promise<OverrideRow | undefined> {
  const [row] = await db.select().from(legalRuleOverrides).where(eq(legalRuleOverrides.id, id));
  return row;
}

/** Stores an override. */
export async function insertOverride(db: Db, rule: RuleVersion, note: string | null, createdBy: string | null): Promise<OverrideRow> {
  const [row] = await db.insert(legalRuleOverrides).values({ clockId: rule.clockId, effectiveFrom: rule.effectiveFrom, rule, note, createdBy }).returning();
  return row!;
}

/** Withdraws an override. */
export async function deleteOverride(db: Db, id: string): Promise<void> {
  await db.delete(legalRuleOverrides).where(eq(legalRuleOverrides.id, id));
}
