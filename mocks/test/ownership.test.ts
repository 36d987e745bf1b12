import { expect } from '@open-wc/testing';
import { api, DEMO_TOKENS, expectProblem, fieldErrors, type Api, type Json } from './api.test-helpers.js';

async function change(t: Api, uuid: string, body: unknown, key = crypto.randomUUID()) {
  return t.call(`/organizations/${uuid}/ownership-change`, {
    method: 'POST',
    headers: { 'If-Match': await t.etag(uuid), 'Idempotency-Key': key },
    json: body,
  });
}

describe('mock backend: ownership change', () => {
  it('switches to SERVICE_PROVIDER: the former owner takes the role, approval off, pending request cancelled, grant revoked', async () => {
    const t = api();
    const { acme, acmeOwner } = t.backend.known;
    const requested = await t.call(`/organizations/${acme}/remote-support/requests`, {
      method: 'POST',
      headers: { 'Idempotency-Key': 'r' },
      json: { reason: 'Trunk', requestedMinutes: 60 },
    });
    const answer = await change(t, acme, { to: 'SERVICE_PROVIDER', formerOwnerRole: 'MEMBER' });
    expect(answer.status).to.equal(200);
    expect(answer.headers.get('ETag')).to.equal('"8"');
    expect(answer.body).to.include({ managedBy: 'SERVICE_PROVIDER', version: 8 });
    expect(answer.body.owner).to.deep.equal({
      type: 'ADMIN_ORGANIZATION',
      organizationUuid: t.backend.known.root,
      name: 'Nimbus Telecom',
    });
    expect(answer.body.remoteSupport.approvalRequired).to.equal(false);
    const members = (await t.call(`/organizations/${acme}/members?role=OWNER,MEMBER`)).body.items;
    expect(members.find((m: Json) => m.memberId === acmeOwner).role).to.equal('MEMBER');
    expect(members.filter((m: Json) => m.role === 'OWNER')).to.have.length(0);
    expect(t.backend.db.requestsOf(acme).find((r) => r.id === requested.body.id)!.status).to.equal('CANCELLED');
    const overview = await t.call(`/organizations/${acme}/remote-support`);
    expect(overview.body).to.include({
      approvalRequired: false,
      loginRole: 'OWNER',
      pendingRequest: null,
      activeGrant: null,
    });
  });

  it('switches to CUSTOMER with an existing ACTIVE or INVITED member, who becomes the OWNER', async () => {
    const t = api();
    const { spManaged, spManagedAdmin } = t.backend.known;
    const answer = await change(t, spManaged, {
      to: 'CUSTOMER',
      newOwner: { kind: 'EXISTING_MEMBER', memberId: spManagedAdmin },
      requireRemoteSupportApproval: false,
    });
    expect(answer.status).to.equal(200);
    expect(answer.body.owner).to.include({
      type: 'MEMBER',
      memberId: spManagedAdmin,
      firstName: 'Hui Min',
      status: 'ACTIVE',
    });
    expect(answer.body.remoteSupport.approvalRequired).to.equal(false);
    const owners = (await t.call(`/organizations/${spManaged}/members?role=OWNER`)).body.items;
    expect(owners.map((m: Json) => m.memberId)).to.deep.equal([spManagedAdmin]);
  });

  it('switches to CUSTOMER inviting a new person as OWNER, approval required by default', async () => {
    const t = api();
    const uuid = t.backend.known.spManaged;
    const answer = await change(t, uuid, {
      to: 'CUSTOMER',
      newOwner: { kind: 'NEW_PERSON', email: 'new.owner@Kallang.SG', firstName: 'New', lastName: 'Owner' },
    });
    expect(answer.body.owner).to.include({ email: 'new.owner@kallang.sg', status: 'INVITED', mobileNumber: null });
    expect(answer.body.remoteSupport.approvalRequired).to.equal(true);
  });

  it('refuses ineligible owners with 422 member-not-eligible', async () => {
    const t = api();
    const { spManaged } = t.backend.known;
    const disabled = t.backend.db.membersOf(spManaged);
    disabled.push({
      memberId: '99999999-8888-4777-8666-555555555555',
      email: 'gone@kallang.sg',
      firstName: 'Gone',
      lastName: 'Away',
      role: 'MEMBER',
      status: 'DISABLED',
      mobileNumber: null,
    });
    t.backend.db.membersChanged(spManaged);
    const cases = [
      [{ kind: 'EXISTING_MEMBER', memberId: '99999999-8888-4777-8666-555555555555' }, '/newOwner/memberId'],
      [{ kind: 'EXISTING_MEMBER', memberId: t.backend.known.acmeOwner }, '/newOwner/memberId'],
      [
        { kind: 'NEW_PERSON', email: 'HUIMIN.chua@kallangclinics.com.sg', firstName: 'H', lastName: 'C' },
        '/newOwner/email',
      ],
    ] as const;
    for (const [newOwner, pointer] of cases) {
      const answer = await change(t, spManaged, { to: 'CUSTOMER', newOwner });
      expectProblem(answer, 'member-not-eligible');
      expect(fieldErrors(answer)).to.deep.equal([`${pointer} member-not-eligible`]);
    }
  });

  it('evaluates validation, then the lifecycle conflict, then ownership-unchanged, then the missing owner or role', async () => {
    const t = api();
    const { acme, spManaged, pendingDeletion } = t.backend.known;
    const invalid = await change(t, acme, { to: 'CUSTOMER', newOwner: { kind: 'NEW_PERSON', email: 'bad' } });
    expectProblem(invalid, 'validation');
    expect(fieldErrors(invalid)).to.have.members([
      '/newOwner/email invalid-format',
      '/newOwner/firstName required',
      '/newOwner/lastName required',
    ]);
    expectProblem(await change(t, pendingDeletion!, { to: 'CUSTOMER' }), 'invalid-state-transition');
    expectProblem(await change(t, acme, { to: 'CUSTOMER' }), 'ownership-unchanged');
    expectProblem(await change(t, spManaged, { to: 'CUSTOMER' }), 'owner-required');
    expectProblem(await change(t, acme, { to: 'SERVICE_PROVIDER' }), 'former-owner-role-required');
    const wrongTo = await change(t, acme, { to: 'NOBODY' });
    expectProblem(wrongTo, 'validation');
  });

  it('needs organizations:ownership and never switches the caller’s own organization', async () => {
    const t = api();
    expectProblem(
      await t.call(`/organizations/${t.backend.known.acme}/ownership-change`, {
        method: 'POST',
        token: DEMO_TOKENS.customerOwner,
      }),
      'forbidden',
    );
    expectProblem(await change(t, t.backend.known.root, { to: 'CUSTOMER' }), 'forbidden');
  });
});
