/**
 * Every operation of the contract, as the server evaluates it, one file per resource. The field validation and
 * the business rules are the SDK's (sdk/schemas, sdk/rules), so the mock and the client cannot disagree.
 */
import type { Operation } from '../pipeline.js';
import { lifecycleOperations } from './lifecycle.js';
import { memberOperations } from './members.js';
import { organizationOperations } from './organizations.js';
import { ownershipOperations } from './ownership.js';
import { profilePictureOperations } from './profile-picture.js';
import { remoteSupportOperations } from './remote-support.js';
import { sessionOperations } from './session.js';

export { PICTURE_BASE } from './profile-picture.js';

/** Every operation of the contract. Their msw paths never overlap, so the order does not matter. */
export const OPERATIONS: readonly Operation[] = [
  ...sessionOperations,
  ...organizationOperations,
  ...profilePictureOperations,
  ...ownershipOperations,
  ...lifecycleOperations,
  ...memberOperations,
  ...remoteSupportOperations,
];
