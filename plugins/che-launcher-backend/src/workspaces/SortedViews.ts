import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { type DevWorkspace, isCheWorkspace } from './cheObjects';
import {
  byNewestFirst,
  cachedWorkspaceView,
  type WorkspaceView,
} from './workspaceView';

/** What a list may ask for besides a page. */
export interface ViewFilter {
  status?: string;
  /** A full, lower-case entity ref. */
  entityRef?: string;
}

/** Filtered subsets one namespace keeps: every status and a few entities. */
const MAX_SUBSETS = 32;

/**
 * A namespace's Che workspaces as lists show them, newest first. Sorted once when made, so a page
 * is a slice; each filter's subset is made once too. The watch cache keeps one per namespace
 * until that namespace changes, so a list costs what it returns, not what the namespace holds.
 */
export class SortedViews {
  readonly all: WorkspaceView[];
  private readonly subsets = new Map<string, WorkspaceView[]>();

  constructor(items: DevWorkspace[]) {
    // Plain string order: a locale-aware compare costs more than the rest of the list.
    this.all = items
      .filter(isCheWorkspace)
      .map(cachedWorkspaceView)
      .sort(byNewestFirst);
  }

  matching({ status, entityRef }: ViewFilter): WorkspaceView[] {
    if (!status && !entityRef) return this.all;
    const key = `${status ?? ''} ${entityRef ?? ''}`;
    let subset = this.subsets.get(key);
    if (!subset) {
      subset = this.all.filter(
        w =>
          (!status || w.status === status) &&
          (!entityRef || sameEntity(w.entityRef, entityRef)),
      );
      if (this.subsets.size < MAX_SUBSETS) this.subsets.set(key, subset);
    }
    return subset;
  }
}

/** Entity refs compare as the catalog compares them: full form, case-insensitively. */
function sameEntity(annotated: string | null, entityRef: string): boolean {
  if (!annotated) return false;
  try {
    return stringifyEntityRef(parseEntityRef(annotated)) === entityRef;
  } catch {
    return false;
  }
}
