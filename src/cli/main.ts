import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import pino from 'pino';
import { findAgencyByCode } from '../modules/orgs';
import { findUserByUsername, hashPassword, insertUser, replaceRoles } from '../modules/users';
import { recordAudit, verifyAuditChain } from '../server/audit/audit';
import { seedReferenceData } from '../server/bootstrap';
import { loadConfig, type Config } from '../server/config';
import { openDatabase, type Database } from '../server/db';
import { systemClock, type Deps } from '../server/deps';
import { registerJobs } from '../server/jobs/handlers';
import { JobQueue } from '../server/jobs/queue';
import { DEMO_DEFAULT_PASSWORD, seedDemoData } from '../server/seed/demo';
import { seedDemoPetitions } from '../server/seed/demo-petitions';
import { seedDemoReception } from '../server/seed/demo-reception';
import { seedDemoPlans } from '../server/seed/demo-plans';
import { seedDemoSanctions } from '../server/seed/demo-sanctions';
import { seedDemoSubjects } from '../server/seed/demo-subjects';
import { seedSanctionHistory } from '../server/seed/demo-risk';
import { vnToday } from '../modules/subjects/subjects.refs';
import { LocalBlobStore } from '../server/storage/blob-store';
import { ROLES, passwordProblem, type Role } from '../shared/domain/access';
import { registerKbCommands } from './kb';

/**
 * Opens the configured database for a command. With embedded PGlite the data folder is locked, so a command
 * refuses to run while the server is using it (two processes on one PGlite folder would lose writes).
 */
async function withDeps<T>(fn: (deps: Deps, database: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, pgliteDir: config.databaseUrl ? undefined : path.join(config.dataDir, 'db') });
  const log = pino({ level: 'warn' });
  const deps: Deps = { db: database.db, config, clock: systemClock, blobs: new LocalBlobStore(path.join(config.dataDir, 'files')), jobs: new JobQueue(database.db, systemClock, log), log };
  try {
    return await fn(deps, database, config);
  } finally {
    await database.close();
  }
}

const cliContext = { actorUserId: null, actorName: `CLI (${process.env.USER ?? 'system'})`, ip: null, requestId: null };

function parseRole(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value)) throw new InvalidArgumentError(`vai trò phải là một trong: ${ROLES.join(', ')}`);
  return value as Role;
}

const program = new Command()
  .name('thanhtra')
  .description('Thanh tra số — công cụ dòng lệnh (cơ sở dữ liệu, dữ liệu mẫu, người dùng, nhật ký)')
  .showHelpAfterError();

const db = program.command('db').description('Cơ sở dữ liệu');
db.command('migrate')
  .description('Áp dụng các migration và nạp dữ liệu tham chiếu (đơn vị hành chính, lịch nghỉ)')
  .action(() =>
    withDeps(async (deps, database) => {
      await database.migrate();
      const ref = await seedReferenceData(deps.db);
      console.log(`Đã cập nhật cơ sở dữ liệu (${database.kind}). Đơn vị hành chính: ${ref.units.provinces} tỉnh, ${ref.units.communes} xã.`);
    }),
  );

program
  .command('seed')
  .description('Tạo dữ liệu mẫu (cây cơ quan, tài khoản mẫu) nếu cơ sở dữ liệu còn trống')
  .option('--admin-password <password>', 'mật khẩu của tài khoản quản trị mẫu', process.env.DEMO_ADMIN_PASSWORD ?? DEMO_DEFAULT_PASSWORD)
  .action((opts: { adminPassword: string }) =>
    withDeps(async (deps, database) => {
      await database.migrate();
      await seedReferenceData(deps.db);
      const result = await seedDemoData(deps, opts.adminPassword);
      const petitions = await seedDemoPetitions(deps);
      const visits = await seedDemoReception(deps);
      const subjects = await seedDemoSubjects(deps);
      if (subjects.created) await seedSanctionHistory(deps.db, vnToday(deps.clock.now()));
      await seedDemoPlans(deps);
      const sanctions = await seedDemoSanctions(deps);
      console.log(result.created ? `Đã tạo ${result.agencies} cơ quan, ${result.users} tài khoản mẫu, ${petitions.created} đơn mẫu, ${visits.created} lượt tiếp công dân mẫu, ${subjects.created} đối tượng quản lý mẫu và ${sanctions.created} hồ sơ xử phạt mẫu.` : 'Cơ sở dữ liệu đã có dữ liệu; không tạo thêm.');
    }),
  );

const user = program.command('user').description('Người dùng');
user
  .command('create')
  .description('Tạo tài khoản')
  .requiredOption('--username <username>', 'tên đăng nhập')
  .requiredOption('--full-name <name>', 'họ và tên')
  .requiredOption('--agency <code>', 'mã cơ quan (ví dụ TT-01)')
  .requiredOption('--password <password>', 'mật khẩu ban đầu (người dùng phải đổi khi đăng nhập)')
  .option('--role <role...>', `vai trò tại cơ quan đó (${ROLES.join(', ')})`, (v: string, acc: Role[] = []) => [...acc, parseRole(v)])
  .option('--email <email>', 'thư điện tử')
  .action((opts: { username: string; fullName: string; agency: string; password: string; role?: Role[]; email?: string }) =>
    withDeps(async (deps) => {
      const username = opts.username.toLowerCase();
      const problem = passwordProblem(opts.password, username);
      if (problem) throw new Error(problem);
      const agency = await findAgencyByCode(deps.db, opts.agency);
      if (!agency) throw new Error(`Không tìm thấy cơ quan có mã ${opts.agency}.`);
      if (await findUserByUsername(deps.db, username)) throw new Error('Tên đăng nhập đã được sử dụng.');
      const passwordHash = await hashPassword(deps, opts.password);
      const roles = [...new Set(opts.role ?? [])];
      await deps.db.transaction(async (tx) => {
        const created = await insertUser(tx, { username, fullName: opts.fullName, email: opts.email ?? null, agencyId: agency.id, passwordHash, mustChangePassword: true });
        await replaceRoles(tx, created.id, roles.map((role) => ({ agencyId: agency.id, role })));
        await recordAudit(tx, cliContext, { action: 'user.create', entityType: 'user', entityId: created.id, agencyId: agency.id, after: { username, fullName: opts.fullName, agencyId: agency.id, roles } }, deps.clock.now());
      });
      console.log(`Đã tạo tài khoản ${username} tại ${agency.name}${roles.length ? ` với vai trò ${roles.join(', ')}` : ''}.`);
    }),
  );

const audit = program.command('audit').description('Nhật ký thay đổi');
audit
  .command('verify')
  .description('Kiểm tra chuỗi băm của nhật ký; báo bản ghi đầu tiên bị sửa hoặc xóa')
  .action(() =>
    withDeps(async (deps) => {
      const report = await verifyAuditChain(deps.db);
      if (report.ok) {
        console.log(`Nhật ký toàn vẹn: ${report.count} bản ghi.`);
      } else {
        console.error(`NHẬT KÝ BỊ CAN THIỆP tại bản ghi #${report.firstBadId}: ${report.reason}. (${report.count} bản ghi trước đó hợp lệ.)`);
        process.exitCode = 3;
      }
    }),
  );

const jobs = program.command('jobs').description('Tác vụ nền');
jobs
  .command('run')
  .description('Chạy các tác vụ đến hạn rồi dừng')
  .action(() =>
    withDeps(async (deps) => {
      await registerJobs(deps);
      const n = await deps.jobs.drain();
      console.log(`Đã chạy ${n} tác vụ.`);
    }),
  );

registerKbCommands(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(`Lỗi: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
