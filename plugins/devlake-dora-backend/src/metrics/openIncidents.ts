import type { IncidentFact } from './facts';

/** A binary min-heap of numbers. */
class MinHeap {
  private readonly items: number[] = [];

  get size() {
    return this.items.length;
  }

  peek(): number | undefined {
    return this.items[0];
  }

  push(value: number) {
    const a = this.items;
    a.push(value);
    for (let i = a.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (a[parent] <= a[i]) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }

  pop() {
    const a = this.items;
    const last = a.pop()!;
    if (a.length === 0) return;
    a[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < a.length && a[l] < a[min]) min = l;
      if (r < a.length && a[r] < a[min]) min = r;
      if (min === i) return;
      [a[min], a[i]] = [a[i], a[min]];
      i = min;
    }
  }
}

/**
 * For each time of an ascending list, the first incident in list order that was open then
 * (opened at or before it, not resolved before it): what `incidents.find(...)` per time answers,
 * in O((n + m) log n) rather than O(n × m). Incidents enter a heap by list index as they open; one
 * resolved before the current time leaves it for good, as the times only grow.
 */
export function firstOpenIncidents(
  incidents: IncidentFact[],
  ascendingTimes: number[],
): Array<IncidentFact | undefined> {
  const byOpening = incidents
    .map((_, index) => index)
    .sort((a, b) => incidents[a].createdAt - incidents[b].createdAt);
  const open = new MinHeap();
  let next = 0;
  return ascendingTimes.map(t => {
    while (next < byOpening.length && incidents[byOpening[next]].createdAt <= t)
      open.push(byOpening[next++]);
    for (;;) {
      const top = open.peek();
      if (top === undefined) return undefined;
      const { resolvedAt } = incidents[top];
      if (resolvedAt === null || t <= resolvedAt) return incidents[top];
      open.pop();
    }
  });
}
