import { expect } from '@open-wc/testing';
import '../../test/setup.js';
import type { RemoteSupportOverview, RemoteSupportRequest } from '../../sdk/index.js';
import { followRequest, type RequestHistory } from './request-history.js';

const HOUR = 3_600_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

const request = (id: string, over: Partial<RemoteSupportRequest> = {}): RemoteSupportRequest => ({
  id,
  organizationUuid: '3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1',
  status: 'PENDING',
  reason: 'Check the SIP trunk',
  requestedMinutes: 60,
  requestedBy: { userId: 'b1c6a2f0-0000-4000-8000-000000000001', displayName: 'Ana Support' },
  createdAt: iso(-HOUR),
  decidedBy: null,
  decidedAt: null,
  decisionNote: null,
  grantedMinutes: null,
  expiresAt: null,
  ...over,
});

const view = (over: Partial<RemoteSupportOverview> = {}): RemoteSupportOverview => ({
  approvalRequired: true,
  loginRole: 'OWNER',
  activeGrant: null,
  pendingRequest: null,
  ...over,
});

const EMPTY: RequestHistory = { last: null, endedGrant: null, seenGrant: null };
const R1 = 'a0000000-0000-4000-8000-000000000001';

describe('followRequest: what became of the last request between two views of the server', () => {
  it('follows a pending request to its grant, and the grant to its end (expired or revoked)', () => {
    const pending = followRequest(EMPTY, view({ pendingRequest: request(R1) }), false);
    expect(pending.last).to.include({ id: R1, known: 'PENDING' });

    const until = iso(HOUR);
    const approved = followRequest(pending, view({ activeGrant: { requestId: R1, expiresAt: until } }), false);
    expect(approved.last).to.include({ id: R1, known: 'APPROVED', status: 'APPROVED', expiresAt: until });
    expect(approved.seenGrant).to.deep.equal({ requestId: R1, expiresAt: until });

    // Gone before its end: revoked. The request was seen, so no separate ended grant.
    const revoked = followRequest(approved, view(), false);
    expect(revoked.last).to.include({ known: 'REVOKED' });
    expect(revoked.endedGrant).to.equal(null);

    const expired = followRequest({ ...approved, last: { ...approved.last!, expiresAt: iso(-1000) } }, view(), false);
    expect(expired.last).to.include({ known: 'EXPIRED' });
  });

  it('tells a vanished pending request apart: cancelled by the system, else closed (rejected or withdrawn)', () => {
    const pending = followRequest(EMPTY, view({ pendingRequest: request(R1) }), false);
    expect(followRequest(pending, view(), false).last).to.include({ known: 'CLOSED' });
    expect(followRequest(pending, view({ approvalRequired: false }), false).last).to.include({ known: 'CANCELLED' });
    expect(followRequest(pending, view(), true).last).to.include({ known: 'CANCELLED' });
  });

  it('remembers a grant whose request this page never saw once it ends, and forgets it when a new grant comes', () => {
    const grant = { requestId: R1, expiresAt: iso(HOUR) };
    const granted = followRequest(EMPTY, view({ activeGrant: grant }), false);
    expect(granted.last).to.equal(null);
    const ended = followRequest(granted, view(), false);
    expect(ended.endedGrant).to.deep.equal({ known: 'REVOKED', expiresAt: grant.expiresAt });
    // A later view without a grant keeps the note; a new grant clears it.
    expect(followRequest(ended, view(), false).endedGrant).to.deep.equal(ended.endedGrant);
    expect(followRequest(ended, view({ activeGrant: grant }), false).endedGrant).to.equal(null);
  });
});
