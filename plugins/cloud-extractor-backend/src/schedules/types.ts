import type { ExtractionRequest } from '../jobs/types';

export interface ScheduleRecord {
  id: string;
  name: string;
  cronExpression: string;
  request: ExtractionRequest;
  enabled: boolean;
  nextRun?: Date;
  lastRun?: Date;
  lastJobId?: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}
