import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { factstoreApiRef } from '../api';
import {
  annotated,
  fakeFactstoreApi,
  responseError,
} from '../__testUtils__/fakeApi';
import { ComplianceContent } from './ComplianceContent';

function render(
  api: ReturnType<typeof fakeFactstoreApi>,
  entity: Entity = annotated,
) {
  return renderInTestApp(
    <EntityProvider entity={entity}>
      <ComplianceContent />
    </EntityProvider>,
    { apis: [[factstoreApiRef, api]] },
  );
}

describe('ComplianceContent', () => {
  jest.setTimeout(180_000);

  it('shows progress while the flows load', async () => {
    const api = fakeFactstoreApi();
    api.listFlows.mockReturnValue(new Promise(() => {}));
    await render(api);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('scrolls its tables sideways on a phone instead of clipping columns at the card edge', async () => {
    const api = fakeFactstoreApi();
    await render(api);
    for (const name of ['Trails of payments', 'Attestations']) {
      const table = await screen.findByRole('table', { name });
      expect(getComputedStyle(table.parentElement!).overflowX).toBe('auto');
    }
  });

  it("shows the entity's flow, its trails and the newest trail's facts", async () => {
    const api = fakeFactstoreApi();
    await render(api);
    expect(await screen.findByText('Flow payments')).toBeVisible();
    expect(screen.queryByText('Flow other')).not.toBeInTheDocument();
    expect(
      screen.getByText(/Requires: junit, snyk, an approval/),
    ).toBeVisible();
    const trails = await screen.findByRole('table', {
      name: 'Trails of payments',
    });
    expect(within(trails).getByText('release-1.4.0')).toBeVisible();
    expect(within(trails).getByText('INCOMPLETE')).toBeVisible();

    // Attestations with the status the evidence decided, the claim and the reason.
    const attestations = await screen.findByRole('table', {
      name: 'Attestations',
    });
    const junit = within(attestations).getAllByRole('row')[1];
    expect(within(junit).getByText('FAILED')).toBeVisible();
    expect(within(junit).getByText('claimed PASSED')).toBeVisible();
    expect(
      within(junit).getByText('junit: 4 failures in 570 tests'),
    ).toBeVisible();
    expect(within(junit).getByText('TEST-payments.xml')).toBeVisible();
    const snyk = within(attestations).getAllByRole('row')[2];
    expect(within(snyk).getByText('PASSED')).toBeVisible();
    expect(within(snyk).getByText('the trail')).toBeVisible();

    expect(
      screen.getByText('the approval the flow requires is pending'),
    ).toBeVisible();
    // The assert of the trail's artifact, with its reasons.
    const assertion = screen.getByTestId(
      'assert-ghcr.io/acme/payment-service:1.4.0',
    );
    expect(within(assertion).getByText('NON-COMPLIANT')).toBeVisible();
    expect(
      within(assertion).getByText('junit: the latest attestation is FAILED'),
    ).toBeVisible();
    expect(api.assertArtifact).toHaveBeenCalledWith({
      body: { flowId: 'flow-1', sha256Digest: `sha256:${'ab'.repeat(32)}` },
    });
    // Only the gate results about this trail's artifacts, asked for by digest.
    expect(
      await screen.findByText(
        'no deployment policy applies to payments in prod',
      ),
    ).toBeVisible();
    expect(api.listGateResults).toHaveBeenCalledWith({
      params: { query: { sha256: 'ab'.repeat(32), limit: 20 } },
    });
    expect(screen.queryByText('another artifact')).not.toBeInTheDocument();
    expect(screen.getByText('Release 1.4.0 to production')).toBeVisible();
  });

  it('asks the gate again about the newest decision, and shows the new one above it', async () => {
    const api = fakeFactstoreApi();
    await render(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Ask the gate again' }),
    );
    expect(api.evaluateGate).toHaveBeenCalledWith({
      body: {
        sha256Digest: `sha256:${'ab'.repeat(32)}`,
        environmentId: 'env-prod',
      },
    });
    const answer = await screen.findByTestId('gate-result-gate-3');
    expect(within(answer).getByText('ALLOWED')).toBeVisible();
    expect(
      within(answer).getByText('every deployment policy of prod passed'),
    ).toBeVisible();
    // The older decision stays, as it was made; only the newest can be asked again.
    const older = screen.getByTestId('gate-result-gate-1');
    expect(within(older).getByText('DENIED')).toBeVisible();
    expect(
      screen.getAllByRole('button', { name: 'Ask the gate again' }),
    ).toHaveLength(1);
    expect(
      within(answer).getByRole('button', { name: 'Ask the gate again' }),
    ).toBeVisible();
  });

  it("shows the gate's refusal to ask again, and keeps the decisions", async () => {
    const api = fakeFactstoreApi();
    api.evaluateGate.mockRejectedValue(
      await responseError(
        422,
        'body.environmentId: no environment with id env-prod',
      ),
    );
    await render(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Ask the gate again' }),
    );
    expect(
      (await screen.findAllByText(/no environment with id env-prod/)).length,
    ).toBeGreaterThan(0);
    expect(screen.getByTestId('gate-result-gate-1')).toBeVisible();
  });

  it('verifies the ledger when asked', async () => {
    const api = fakeFactstoreApi();
    await render(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Verify ledger' }),
    );
    const outcome = await screen.findByTestId('ledger-outcome');
    expect(within(outcome).getByText(/12 entries checked/)).toBeVisible();
    expect(within(outcome).getAllByText('VERIFIED')).toHaveLength(3);
    expect(api.verifyLedgerRecord).toHaveBeenCalledWith({
      params: { path: { recordId: 'att-1' } },
    });
  });

  it("shows the backend's message when the flows cannot be read", async () => {
    const api = fakeFactstoreApi();
    api.listFlows.mockRejectedValue(
      await responseError(
        503,
        'The database is unavailable; retry in 5 seconds',
      ),
    );
    await render(api);
    expect(
      (await screen.findAllByText(/The database is unavailable/)).length,
    ).toBeGreaterThan(0);
  });

  it('shows the refusal to a user who may not read the flows, and no flow', async () => {
    const api = fakeFactstoreApi();
    api.listFlows.mockRejectedValue(
      await responseError(403, 'You are not allowed to read flows'),
    );
    await render(api);
    expect(
      (await screen.findAllByText(/You are not allowed to read flows/)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByText('Flow payments')).not.toBeInTheDocument();
    expect(api.listFlowTrails).not.toHaveBeenCalled();
  });

  it("shows the backend's message when a trail's facts cannot be read", async () => {
    const api = fakeFactstoreApi();
    api.listGateResults.mockRejectedValue(
      await responseError(500, 'gate results unreadable'),
    );
    await render(api);
    expect(
      (await screen.findAllByText(/gate results unreadable/)).length,
    ).toBeGreaterThan(0);
  });

  it('says so when no flow has the annotated name', async () => {
    const api = fakeFactstoreApi();
    api.listFlows.mockResolvedValue([]);
    await render(api);
    expect(await screen.findByText('No flow found')).toBeVisible();
  });

  it('says so when the flow has no trail', async () => {
    const api = fakeFactstoreApi();
    api.listFlowTrails.mockResolvedValue([]);
    await render(api);
    expect(await screen.findByText('No trail of this flow yet.')).toBeVisible();
  });

  it('explains what to add when the component has no flow annotation', async () => {
    const api = fakeFactstoreApi();
    await render(api, { ...annotated, metadata: { name: 'legacy-billing' } });
    expect(
      (await screen.findAllByText(/factstore\.fawkes\.dev\/flow/)).length,
    ).toBeGreaterThan(0);
    expect(api.listFlows).not.toHaveBeenCalled();
  });
});
