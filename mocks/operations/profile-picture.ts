/** PUT and DELETE /organizations/{uuid}/profile-picture; the uploaded bytes are served back by mocks/index.ts. */
import { validationProblem } from '../http.js';
import type { Operation } from '../pipeline.js';
import { assertEditable, commit, organizationResponse } from './shared.js';

/** Whether the bytes start like the declared image type (what "decodes" means to the mock). */
function looksLike(type: string, b: Uint8Array): boolean {
  const at = (i: number, ...bytes: number[]): boolean => bytes.every((x, k) => b[i + k] === x);
  switch (type) {
    case 'image/png':
      return b.length >= 33 && at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    case 'image/jpeg':
      return b.length >= 4 && at(0, 0xff, 0xd8, 0xff);
    case 'image/webp':
      return b.length >= 16 && at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50);
    default:
      return false;
  }
}

export const PICTURE_BASE = 'https://cdn.sales-hub.example/org-pictures';

const uploadProfilePicture: Operation = {
  id: 'uploadProfilePicture',
  method: 'put',
  path: '/organizations/:uuid/profile-picture',
  permission: 'organizations:write',
  org: true,
  ifMatch: true,
  body: 'image',
  run(ctx) {
    const type = (ctx.request.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!looksLike(type, ctx.bytes)) {
      throw validationProblem([
        {
          pointer: '',
          code: 'image-invalid',
          message: `The file is not a valid ${type.slice(6).toUpperCase()} image.`,
        },
      ]);
    }
    assertEditable(ctx.org);
    const ext = type === 'image/jpeg' ? 'jpg' : type.slice(6);
    ctx.env.db.pictures.set(ctx.org.uuid, { type, bytes: ctx.bytes });
    const next = commit(ctx, { profilePictureUrl: `${PICTURE_BASE}/${ctx.org.uuid}/v${ctx.org.version + 1}.${ext}` });
    return organizationResponse(ctx.env, next);
  },
};

const removeProfilePicture: Operation = {
  id: 'deleteProfilePicture',
  method: 'delete',
  path: '/organizations/:uuid/profile-picture',
  permission: 'organizations:write',
  org: true,
  ifMatch: true,
  run(ctx) {
    assertEditable(ctx.org);
    ctx.env.db.pictures.delete(ctx.org.uuid);
    return organizationResponse(ctx.env, commit(ctx, { profilePictureUrl: null }));
  },
};

export const profilePictureOperations: readonly Operation[] = [uploadProfilePicture, removeProfilePicture];
