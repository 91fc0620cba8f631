import type { LoggerService } from '@backstage/backend-plugin-api';
import type { EventsService } from '@backstage/plugin-events-node';

import { CLOUD_EXTRACTOR_ENTITY_FEED_TOPIC as ENTITY_FEED_TOPIC } from '@fawkes/plugin-cloud-extractor-common';

/**
 * Tells catalog modules (in this backend or, through the events backend's bus, another) that the
 * entity feed changed, at most once per `delayMs`: a scan writes a page every few milliseconds,
 * and one event makes the reader fetch every page written so far.
 */
export class FeedNotifier {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly events: EventsService,
    private readonly logger: LoggerService,
    private readonly delayMs = 1000,
  ) {}

  notify(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.events
        .publish({ topic: ENTITY_FEED_TOPIC, eventPayload: {} })
        .catch(error =>
          // The catalog module also reads the feed on its own schedule: nothing is lost.
          this.logger.warn(`Could not publish ${ENTITY_FEED_TOPIC}: ${error}`),
        );
    }, this.delayMs);
    this.timer.unref();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
