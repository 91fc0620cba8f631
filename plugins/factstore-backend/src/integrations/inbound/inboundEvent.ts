/** The trail an incoming delivery is about: one per commit of the flow, named by its sha. */
export interface InboundTrail {
  gitCommitSha: string;
  gitBranch?: string;
  gitAuthor?: string;
  gitAuthorEmail?: string;
  buildUrl?: string;
  originUrl?: string;
}

/** What an incoming delivery records: a trail, and the CI run's attestation when it finished. */
export interface InboundEvent {
  eventType: string;
  /** The repository, project or job: the flow of that name takes it unless ?flowId says otherwise. */
  flowName: string;
  trail: InboundTrail;
  attestation?: {
    type: string;
    name: string;
    status: 'PASSED' | 'FAILED';
    description: string;
    metadata: Record<string, unknown>;
  };
}

/** A delivery that records nothing, and why. */
export interface IgnoredEvent {
  eventType: string;
  ignored: string;
}

export type ParsedDelivery = InboundEvent | IgnoredEvent;

export const isIgnored = (d: ParsedDelivery): d is IgnoredEvent =>
  'ignored' in d;

/** The attestation type of a CI run's outcome. */
export const CI_ATTESTATION_TYPE = 'ci';

export const shaPattern = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
