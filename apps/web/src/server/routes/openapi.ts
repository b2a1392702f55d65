import { supervisionJsonSchema } from '@diemmac/core';
import * as z from 'zod';
import {
  ActivePack,
  AuditList,
  CommentList,
  NoticeDraft,
  RecountRead,
  SignedIn,
  StageMoved,
  StageRead,
  UserList,
  UserRead,
} from '../../shared/api.js';
import { FollowUpRead, FollowUpRecorded, OpenList } from '../../shared/followups.js';
import { PackChosen, PackInstalled, PackList, PackPinned } from '../../shared/packs.js';
import { SummaryRead } from '../../shared/summary.js';
import { RecordEntry, TakeUp } from '../followup/schemas.js';
import * as S from '../schemas.js';
import { Move } from './issuing.js';
import { PackChoice } from './packs.js';

type Json = Record<string, unknown>;

const schema = (s: z.ZodType, io: 'input' | 'output'): Json => {
  const { $schema: _, ...rest } = z.toJSONSchema(s, {
    io,
    unrepresentable: 'any',
    target: 'openapi-3.0',
  }) as Json;
  return rest;
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonBody = (r: Json) => ({ content: { 'application/json': { schema: r } } });

const errors = (...codes: number[]): Json =>
  Object.fromEntries(
    codes.map((code) => [
      String(code),
      { description: ERROR_TEXT[code] ?? 'Error', ...jsonBody(ref('Error')) },
    ]),
  );
const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid body: issues carry field paths',
  401: 'Not signed in',
  403: 'Role not allowed, or CSRF check failed',
  404: 'Not found',
  409: 'Stale version (the current one is in `current`), or a duplicate id/email',
  413: 'Body too large',
  415: 'A file of a kind not read here',
  429: 'Too many failed sign-ins',
};

const ok = (description: string, r?: Json) => ({ description, ...(r ? jsonBody(r) : {}) });
/** A file answer: its media type, and its bytes (or text) unless a schema says more. */
const file = (description: string, mediaType: string, r: Json = { type: 'string', format: 'binary' }) => ({
  description,
  content: { [mediaType]: { schema: r } },
});
const TEXT = { type: 'string' };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const NOTICE_MEDIA: Record<string, [string, Json?]> = {
  docx: [DOCX],
  html: ['text/html', TEXT],
  md: ['text/markdown', TEXT],
};
const langParam = {
  in: 'query',
  name: 'lang',
  schema: { type: 'string', enum: ['vi', 'en'], default: 'vi' },
};
const csrf = [{ in: 'header', name: 'X-CSRF-Token', required: true, schema: { type: 'string' } }];
const asOfParam = {
  in: 'query',
  name: 'asOf',
  description: '"Quá hạn" as of this day: dd/mm/yyyy or yyyy-mm-dd (today when absent)',
  schema: { type: 'string' },
};
const idParam = [{ in: 'path', name: 'id', required: true, schema: { type: 'integer', minimum: 1 } }];

/**
 * The OpenAPI 3.0 document of the API, generated from the zod schemas the routes validate
 * with, from the shared schemas the client parses every answer with (src/shared), and from the
 * core's Supervision schema.
 *
 * @example
 * openApiDocument().paths['/api/supervisions/{id}'].put
 */
export function openApiDocument(): Json {
  // The core's named definitions (Supervision, DossierBlock…) become components of their own.
  const { $defs } = JSON.parse(
    JSON.stringify(supervisionJsonSchema()).replaceAll('"#/$defs/', '"#/components/schemas/'),
  ) as { $defs: Record<string, Json> };
  const { Supervision: supervision, ...modelParts } = $defs;
  const read = ref('SupervisionRead');
  const write = (summary: string, body: Json | undefined, responses: Json, extra: Json = {}) => ({
    summary,
    parameters: [...csrf, ...((extra.parameters as unknown[]) ?? [])],
    ...(body ? { requestBody: { required: true, ...body } } : {}),
    responses,
  });
  return {
    openapi: '3.0.3',
    info: {
      title: 'diemmac API',
      version: '0.1.0',
      description:
        'Giám sát của HĐND cấp xã: đọc, sửa (có phiên bản), kiểm tra số liệu, xuất thông báo. ' +
        'Sign in with a session cookie; every write needs the X-CSRF-Token header equal to the diemmac_csrf cookie.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'diemmac_session' } },
      schemas: {
        ...modelParts,
        SupervisionInput: supervision,
        SupervisionRead: schema(S.SupervisionRead, 'output'),
        SupervisionList: schema(S.SupervisionList, 'output'),
        Finding: schema(S.FindingOut, 'output'),
        Error: schema(S.ErrorBody, 'output'),
        SignIn: schema(S.SignIn, 'input'),
        Setup: schema(S.Setup, 'input'),
        SessionInfo: schema(S.SessionInfo, 'output'),
        NewUser: schema(S.NewUser, 'input'),
        UserChange: schema(S.UserChange, 'input'),
        User: schema(S.User, 'output'),
        SaveSupervision: {
          ...schema(S.SaveSupervision, 'input'),
          properties: { version: { type: 'integer', minimum: 1 }, document: ref('SupervisionInput') },
        },
        NewSupervision: {
          ...schema(S.NewSupervision, 'input'),
          properties: { document: ref('SupervisionInput') },
        },
        NewComment: schema(S.NewComment, 'input'),
        Comment: schema(S.Comment, 'output'),
        AuditEntry: schema(S.AuditEntry, 'output'),
        RecordEntry: schema(RecordEntry, 'input'),
        TakeUp: schema(TakeUp, 'input'),
        SignedIn: schema(SignedIn, 'output'),
        UserList: schema(UserList, 'output'),
        UserRead: schema(UserRead, 'output'),
        AuditList: schema(AuditList, 'output'),
        CommentList: schema(CommentList, 'output'),
        NoticeDraft: schema(NoticeDraft, 'output'),
        NoticeMove: schema(Move, 'input'),
        StageRead: schema(StageRead, 'output'),
        StageMoved: schema(StageMoved, 'output'),
        PackChoice: schema(PackChoice, 'input'),
        PackList: schema(PackList, 'output'),
        PackInstalled: schema(PackInstalled, 'output'),
        ActivePack: schema(ActivePack, 'output'),
        PackChosen: schema(PackChosen, 'output'),
        PackPinned: schema(PackPinned, 'output'),
        FollowUpRead: schema(FollowUpRead, 'output'),
        FollowUpRecorded: schema(FollowUpRecorded, 'output'),
        OpenList: schema(OpenList, 'output'),
        SummaryRead: schema(SummaryRead, 'output'),
        RecountRead: schema(RecountRead, 'output'),
      },
    },
    security: [{ session: [] }],
    paths: {
      '/api/auth/session': {
        get: {
          summary: 'The current user (or null) and a CSRF token',
          security: [],
          responses: { 200: ok('Session', ref('SessionInfo')) },
        },
      },
      '/api/auth/login': {
        post: write('Sign in', jsonBody(ref('SignIn')), {
          200: ok('Signed in', ref('SignedIn')),
          ...errors(400, 401, 403, 429),
        }),
      },
      '/api/auth/logout': { post: write('Sign out', undefined, { 204: ok('Signed out'), ...errors(403) }) },
      '/api/auth/setup': {
        post: write('Create the first administrator with the one-time setup token', jsonBody(ref('Setup')), {
          201: ok('Created and signed in', ref('SignedIn')),
          ...errors(400, 403),
        }),
      },
      '/api/users': {
        get: {
          summary: 'Accounts (administrators)',
          responses: { 200: ok('Users', ref('UserList')), ...errors(401, 403) },
        },
        post: write('Create an account (administrators)', jsonBody(ref('NewUser')), {
          201: ok('Created', ref('UserRead')),
          ...errors(400, 401, 403, 409),
        }),
      },
      '/api/users/{id}': {
        patch: write(
          'Change name, role, password or disable (administrators)',
          jsonBody(ref('UserChange')),
          { 200: ok('Changed', ref('UserRead')), ...errors(400, 401, 403, 404, 409) },
          { parameters: idParam },
        ),
      },
      '/api/audit': {
        get: {
          summary: 'The audit trail (administrators)',
          responses: { 200: ok('Entries', ref('AuditList')), ...errors(401, 403) },
        },
      },
      '/api/supervisions': {
        get: {
          summary:
            'A page of supervisions (newest year first) with counts of findings by severity, stored when each version was written (countsAsOf: the day they were computed for)',
          parameters: [
            {
              in: 'query',
              name: 'limit',
              schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
            },
            { in: 'query', name: 'offset', schema: { type: 'integer', minimum: 0, default: 0 } },
            { in: 'query', name: 'status', schema: { type: 'string', enum: ['draft', 'issued', 'closed'] } },
            { in: 'query', name: 'year', schema: { type: 'integer' } },
          ],
          responses: { 200: ok('List', ref('SupervisionList')), ...errors(400, 401) },
        },
        post: write('Create a supervision from a document', jsonBody(ref('NewSupervision')), {
          201: ok('Created', read),
          ...errors(400, 401, 403, 409, 413),
        }),
      },
      '/api/supervisions/import': {
        post: write(
          'Import a YAML or JSON file',
          {
            content: {
              'application/yaml': { schema: ref('SupervisionInput') },
              'application/json': { schema: ref('SupervisionInput') },
            },
          },
          { 201: ok('Imported', read), ...errors(400, 401, 403, 409, 413) },
        ),
      },
      '/api/supervisions/read-notice': {
        post: write(
          'Read a notice as offices hold it (.docx, .doc, .txt, .md; name in X-File-Name) into a draft; nothing is stored',
          { content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
          {
            200: ok('The draft, how much of the text was understood, remarks', ref('NoticeDraft')),
            ...errors(401, 403, 413, 415),
          },
          { parameters: [{ in: 'header', name: 'X-File-Name', required: true, schema: { type: 'string' } }] },
        ),
      },
      '/api/supervisions/{id}/issuing': {
        get: {
          summary: "The notice's stage: draft, signing or issued, with the reason of a correction",
          parameters: idParam,
          responses: { 200: ok('Stage', ref('StageRead')), ...errors(401, 404) },
        },
        post: write(
          'Submit for signature, withdraw, issue with its number and day, or reopen to correct',
          jsonBody(ref('NoticeMove')),
          { 200: ok('Moved', ref('StageMoved')), ...errors(400, 401, 403, 404, 409) },
          { parameters: idParam },
        ),
      },
      '/api/supervisions/{id}': {
        get: {
          summary: 'A supervision with its findings as of today',
          parameters: idParam,
          responses: { 200: ok('Supervision', read), ...errors(401, 404) },
        },
        put: write(
          'Save a new version (refused with 409 if `version` is stale)',
          jsonBody(ref('SaveSupervision')),
          { 200: ok('Saved', read), ...errors(400, 401, 403, 404, 409, 413) },
          { parameters: idParam },
        ),
        delete: write(
          'Delete (administrators)',
          undefined,
          { 204: ok('Deleted'), ...errors(401, 403, 404, 409) },
          {
            parameters: [
              ...idParam,
              { in: 'query', name: 'version', required: true, schema: { type: 'integer' } },
            ],
          },
        ),
      },
      ...Object.fromEntries(
        ['json', 'yaml'].map((f) => [
          `/api/supervisions/{id}/export.${f}`,
          {
            get: {
              summary: `The input document as ${f.toUpperCase()}`,
              parameters: idParam,
              responses: {
                200:
                  f === 'json'
                    ? file('The input document', 'application/json', ref('SupervisionInput'))
                    : file('The input document', 'application/yaml', TEXT),
                ...errors(401, 404),
              },
            },
          },
        ]),
      ),
      ...Object.fromEntries(
        ['docx', 'html', 'md'].map((f) => [
          `/api/supervisions/{id}/notice.${f}`,
          {
            get: {
              summary: `The conclusion notice (${f})`,
              parameters: [
                ...idParam,
                {
                  in: 'query',
                  name: 'annex',
                  schema: { type: 'boolean' },
                  description: 'Append the findings',
                },
              ],
              responses: { 200: file('The notice', ...NOTICE_MEDIA[f]!), ...errors(401, 404) },
            },
          },
        ]),
      ),
      '/api/packs': {
        get: {
          summary: 'Installed packs and the one in use (administrators)',
          responses: { 200: ok('Packs', ref('PackList')), ...errors(401, 403) },
        },
        post: write(
          'Install a pack from its YAML or JSON text; a new version per pack version (administrators)',
          {
            content: {
              'application/yaml': { schema: { type: 'string' } },
              'application/json': { schema: { type: 'object' } },
            },
          },
          {
            201: ok('Installed', ref('PackInstalled')),
            200: ok('Already installed as is', ref('PackInstalled')),
            ...errors(400, 401, 403, 409),
          },
        ),
      },
      '/api/packs/active': {
        get: {
          summary: 'The pack in use, with its data',
          responses: { 200: ok('Pack', ref('ActivePack')), ...errors(401) },
        },
        put: write(
          'Choose the pack version the installation checks under; null for the default pack (administrators)',
          jsonBody(ref('PackChoice')),
          { 200: ok('Chosen', ref('PackChosen')), ...errors(400, 401, 403, 404) },
        ),
      },
      '/api/supervisions/{id}/pack': {
        put: write(
          'Pin a supervision to a pack version, or unpin it with null (administrators)',
          jsonBody(ref('PackChoice')),
          { 200: ok('Pinned', ref('PackPinned')), ...errors(400, 401, 403, 404) },
          { parameters: idParam },
        ),
      },
      '/api/supervisions/{id}/audit': {
        get: {
          summary: 'Who changed what, newest first',
          parameters: idParam,
          responses: { 200: ok('Entries', ref('AuditList')), ...errors(401, 404) },
        },
      },
      '/api/supervisions/{id}/comments': {
        get: {
          summary: 'Comments on findings',
          parameters: idParam,
          responses: { 200: ok('Comments', ref('CommentList')), ...errors(401, 404) },
        },
        post: write(
          'Comment on a finding (members, secretaries, administrators)',
          jsonBody(ref('NewComment')),
          { 201: ok('Comments', ref('CommentList')), ...errors(400, 401, 403, 404) },
          { parameters: idParam },
        ),
      },
      '/api/supervisions/{id}/followups': {
        get: {
          summary: "Each recommendation's status as of a day (asOf, default today), its history and links",
          parameters: [...idParam, asOfParam],
          responses: { 200: ok('Follow-ups', ref('FollowUpRead')), ...errors(400, 401, 404) },
        },
        post: write(
          'Record a response to a recommendation (secretaries, administrators; issued notices only)',
          jsonBody(ref('RecordEntry')),
          {
            201: ok('Recorded: the new entry and the follow-ups', ref('FollowUpRecorded')),
            ...errors(400, 401, 403, 404, 409),
          },
          { parameters: idParam },
        ),
      },
      '/api/supervisions/{id}/followups/take-up': {
        post: write(
          'Set or clear the later supervision taking a recommendation up (giám sát lại)',
          jsonBody(ref('TakeUp')),
          { 200: ok('Follow-ups', ref('FollowUpRead')), ...errors(400, 401, 403, 404) },
          { parameters: idParam },
        ),
      },
      '/api/supervisions/{id}/followups/report.docx': {
        get: {
          summary: "The report on the supervision's recommendations as of a day (.docx)",
          parameters: [...idParam, asOfParam],
          responses: { 200: file('The report', DOCX), ...errors(400, 401, 404) },
        },
      },
      ...Object.fromEntries(
        [
          ['csv', 'text/csv', TEXT],
          ['xlsx', XLSX, undefined],
        ].map(([f, mediaType, r]) => [
          `/api/followups/open.${f}`,
          {
            get: {
              summary: `Every open recommendation (no paging), headed in the language asked, as ${String(f).toUpperCase()}`,
              parameters: [
                asOfParam,
                { in: 'query', name: 'addressee', schema: { type: 'string', maxLength: 200 } },
                langParam,
              ],
              responses: {
                200: file('Open recommendations', mediaType as string, r as Json | undefined),
                ...errors(400, 401),
              },
            },
          },
        ]),
      ),
      '/api/followups/open': {
        get: {
          summary:
            'Open recommendations across issued notices, most overdue first, with days to or past the deadline',
          parameters: [
            asOfParam,
            { in: 'query', name: 'addressee', schema: { type: 'string', maxLength: 200 } },
            {
              in: 'query',
              name: 'limit',
              schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
            },
            { in: 'query', name: 'offset', schema: { type: 'integer', minimum: 0, default: 0 } },
          ],
          responses: { 200: ok('Open recommendations', ref('OpenList')), ...errors(400, 401) },
        },
      },
      ...summaryPaths(),
      '/api/supervisions/{id}/recount': {
        post: write(
          'Recount the dossier block from the one-stop register (CSV or .xlsx bytes, name in X-File-Name) and compare',
          { content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
          {
            200: ok('Recount, register issues and findings', ref('RecountRead')),
            ...errors(400, 401, 403, 404, 409, 413, 415),
          },
          {
            parameters: [
              ...idParam,
              { in: 'header', name: 'X-File-Name', required: true, schema: { type: 'string' } },
              { in: 'query', name: 'block', schema: { type: 'string' } },
            ],
          },
        ),
      },
      '/api/openapi.json': {
        get: {
          summary: 'This document',
          security: [],
          responses: {
            200: ok('OpenAPI 3.0', {
              type: 'object',
              properties: { openapi: TEXT, paths: { type: 'object' } },
            }),
          },
        },
      },
      '/api/health': {
        get: {
          summary: 'Whether the server answers, and which database it uses',
          security: [],
          responses: {
            200: ok('Up', {
              type: 'object',
              properties: {
                ok: { type: 'boolean' },
                database: { type: 'string', enum: ['sqlite', 'postgres'] },
              },
            }),
          },
        },
      },
    },
  };
}

/** The province's view (Tổng hợp): the summary and its exports, with the filters of SummaryQuery. */
function summaryPaths(): Json {
  const filters = [
    { in: 'query', name: 'year', schema: { type: 'integer', minimum: 1900, maximum: 2200 } },
    { in: 'query', name: 'body', schema: { type: 'string', maxLength: 300 } },
    { in: 'query', name: 'status', schema: { type: 'string', enum: ['draft', 'issued', 'closed'] } },
    asOfParam,
  ];
  return {
    '/api/summary': {
      get: {
        summary:
          "The province's view across every supervision, as of a day: findings by commune and by rule (from the counts stored with each version), the 766 index's spread, on-time rates of dossiers (exact decimals as strings) and open recommendations per commune",
        parameters: filters,
        responses: { 200: ok('Summary', ref('SummaryRead')), ...errors(400, 401) },
      },
    },
    '/api/summary/export.xlsx': {
      get: {
        summary: 'The summary as a workbook: one sheet per view, headings in the language asked',
        parameters: [...filters, langParam],
        responses: { 200: file('Workbook', XLSX), ...errors(400, 401) },
      },
    },
    '/api/summary/export.csv': {
      get: {
        summary: 'One view of the summary as CSV (UTF-8 with a byte-order mark)',
        parameters: [
          ...filters,
          langParam,
          {
            in: 'query',
            name: 'view',
            schema: {
              type: 'string',
              enum: ['communes', 'rules', 'index766', 'recommendations'],
              default: 'communes',
            },
          },
        ],
        responses: { 200: file('CSV', 'text/csv', TEXT), ...errors(400, 401) },
      },
    },
  };
}
