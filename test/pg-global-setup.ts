import pg from 'pg';
import { seedReferenceData } from '../src/server/bootstrap';
import { openDatabase } from '../src/server/db';
import { adminPgUrl } from './helpers/context';

/**
 * Creates one migrated template database with reference data on the real PostgreSQL server; each test file
 * then clones it (CREATE DATABASE … TEMPLATE), which takes milliseconds and isolates the files from each other.
 */
export default async function setup({ provide: _provide }: { provide: unknown }) {
  const name = `tt_tpl_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminPgUrl() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const u = new URL(adminPgUrl());
  u.pathname = `/${name}`;
  const database = await openDatabase({ url: u.toString(), poolSize: 2 });
  await database.migrate();
  await seedReferenceData(database.db);
  await database.close();
  process.env.TEST_PG_TEMPLATE = name;
  return async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}
