/** A named project's commits and pull requests are read from after `from` (exclusive). */
export interface CommitBound {
  project: string;
  from: Date;
}

/**
 * Each project's last successful production deployment before the range, in epoch milliseconds,
 * from its keys' (`projectOf`: keys that are one project, a component's aliases).
 */
export function lastDeployments(
  previous: Map<string, Date>,
  projectOf: (key: string) => string,
): Map<string, number> {
  const last = new Map<string, number>();
  for (const [key, at] of previous) {
    const project = projectOf(key);
    last.set(project, Math.max(last.get(project) ?? 0, at.getTime()));
  }
  return last;
}

/** The keys whose project has no deployment before the range (to look up further). */
export function keysWithoutPrevious(
  keys: string[],
  projectOf: (key: string) => string,
  last: Map<string, number>,
): string[] {
  return keys.filter(key => !last.has(projectOf(key)));
}

/**
 * Where each named key's commits and pull requests are read from. An earlier change reached the
 * project's last successful production deployment before the range, or an earlier one, so it
 * counts in no window:
 * - a key reads from its project's last deployment before the range (`last`), as the project
 *   alone does;
 * - a project without one reads from `yearBack` when it deployed in the range (its first
 *   deployment shipped what came before), and nothing (from `to`) when it never deployed to
 *   production up to the range's end: none of its changes can have reached a deployment;
 * - keys that are one project (`projectOf`) share that project's bound.
 */
export function commitBounds(options: {
  keys: string[];
  projectOf: (key: string) => string;
  last: Map<string, number>;
  /** The projects without a deployment before the range that deployed before its end. */
  deployedInRange: Set<string>;
  yearBack: Date;
  to: Date;
}): CommitBound[] {
  const { keys, projectOf, last, deployedInRange, yearBack, to } = options;
  const boundOf = (project: string): Date => {
    const at = last.get(project);
    if (at !== undefined) return new Date(at);
    return deployedInRange.has(project) ? yearBack : to;
  };
  return keys.map(key => ({ project: key, from: boundOf(projectOf(key)) }));
}
