import { DateValue } from '@diemmac/core';
import { Hono } from 'hono';
import * as z from 'zod';
import { type AppEnv, allow, CAN, type Deps, idParam } from '../context.js';
import { ApiError } from '../errors.js';
import { type NoticeStage, readStage, writeStage } from '../issuing/stage.js';
import { readJson, validate } from '../request.js';
import { audit } from '../store/audit.js';
import { findSupervision, findSupervisionHead } from '../store/supervisions.js';
import { saveSupervision, versionConflict } from '../supervisions/service.js';

const version = z.number().int().positive();

/** The moves of a notice: submit for signature, take back, issue with its number and day, reopen to correct. */
export const Move = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('submit'), version }),
  z.strictObject({ action: z.literal('withdraw'), version }),
  z.strictObject({
    action: z.literal('issue'),
    version,
    number: z
      .string()
      .trim()
      .regex(/^\d{1,6}$/),
    date: DateValue,
  }),
  z.strictObject({ action: z.literal('correct'), version, reason: z.string().trim().min(5).max(1000) }),
]);
type Move = z.output<typeof Move>;

const FROM: Record<Move['action'], NoticeStage> = {
  submit: 'draft',
  withdraw: 'signing',
  issue: 'signing',
  correct: 'issued',
};
const TO: Record<Move['action'], NoticeStage> = {
  submit: 'signing',
  withdraw: 'draft',
  issue: 'issued',
  correct: 'draft',
};

/**
 * Issuing a conclusion notice: Dự thảo → Trình ký → Đã ban hành. A notice submitted or
 * issued is read-only (saving it answers 409); a correction reopens it with its reason and
 * the next save is its new version. Every move is in the audit log.
 * Mounted before the supervision routes so that its guard runs first.
 */
export function issuingRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { kysely } = deps.db;

  app.use('/:id{[0-9]+}', async (c, next) => {
    if (c.req.method === 'PUT') {
      const { stage } = await readStage(kysely, idParam(c.req.param('id')));
      if (stage !== 'draft') throw new ApiError('notice.locked', { stage });
    }
    await next();
  });

  app.get('/:id{[0-9]+}/issuing', async (c) => {
    allow(c, CAN.read);
    const id = idParam(c.req.param('id'));
    if (!(await findSupervisionHead(kysely, id))) throw new ApiError('not-found');
    return c.json(await readStage(kysely, id));
  });

  app.post('/:id{[0-9]+}/issuing', async (c) => {
    const session = allow(c, CAN.edit);
    const id = idParam(c.req.param('id'));
    const move = validate(Move, await readJson(c));
    const row = await findSupervision(kysely, id);
    if (!row) throw new ApiError('not-found');
    if (row.version !== move.version) throw await versionConflict(deps, id, move.version);
    const { stage } = await readStage(kysely, id);
    if (stage !== FROM[move.action]) throw new ApiError('notice.stage', { stage, action: move.action });
    let issuedVersion = row.version;
    if (move.action === 'issue') {
      // The number and the day go into the document itself: the notice renders them.
      const document = JSON.parse(row.document) as { documents: { conclusion: Record<string, unknown> } };
      document.documents.conclusion.number = move.number;
      document.documents.conclusion.date = move.date.written;
      await saveSupervision(deps, id, row.version, document, session.user.id);
      issuedVersion = row.version + 1;
    }
    const reason = move.action === 'correct' ? move.reason : null;
    await kysely.transaction().execute(async (trx) => {
      const at = deps.now().toISOString();
      await writeStage(trx, id, TO[move.action], reason, at);
      await audit(trx, {
        at,
        userId: session.user.id,
        action: `notice.${move.action}`,
        supervisionId: id,
        detail: {
          version: issuedVersion,
          ...(move.action === 'issue' ? { number: move.number, date: move.date.written } : {}),
          ...(reason ? { reason } : {}),
        },
      });
    });
    // The list shows each notice's stage: its pages are stale now.
    deps.lists.invalidate();
    return c.json({ stage: TO[move.action], reason, version: issuedVersion });
  });

  return app;
}
