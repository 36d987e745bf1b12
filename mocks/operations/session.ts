/** GET /me and GET /domain/capabilities. */
import { jsonResponse } from '../http.js';
import type { Operation } from '../pipeline.js';

const getMe: Operation = {
  id: 'getMe',
  method: 'get',
  path: '/me',
  permission: null,
  run: ({ caller }) =>
    jsonResponse({
      userId: caller.userId,
      displayName: caller.displayName,
      organizationUuid: caller.organizationUuid,
      permissions: caller.permissions,
    }),
};

const getCapabilities: Operation = {
  id: 'getDomainCapabilities',
  method: 'get',
  path: '/domain/capabilities',
  permission: null,
  run: ({ env }) => jsonResponse(env.capabilities),
};

export const sessionOperations: readonly Operation[] = [getMe, getCapabilities];
