/** Active objectives of the demo catalog as `GET /execution-gap` serves them. */
import type {
  DeliveryFigure,
  DoraBand,
  ExecutionGapResponse,
  ExecutionGapRow,
} from '@lodestar/backstage-plugin-alignment-common';

function figure(key: string, band?: DoraBand): DeliveryFigure {
  return {
    key,
    entities: band ? 4 : 0,
    median: band ? 1 : null,
    p25: band ? 1 : null,
    p75: band ? 1 : null,
    band,
    bands: { elite: 0, high: 0, medium: 0, low: 0, ...(band && { [band]: 4 }) },
  };
}

const NO_MEASURES = {
  'on-track': 0,
  'at-risk': 0,
  'off-track': 0,
  stale: 0,
  'not-measured': 0,
};

function row(
  values: Partial<ExecutionGapRow> &
    Pick<ExecutionGapRow, 'objectiveRef' | 'outcome' | 'quadrant'>,
  deploys?: DoraBand,
  failures?: DoraBand,
): ExecutionGapRow {
  return {
    supporters: 0,
    meanScore: null,
    driftingShare: null,
    aligned: null,
    measures: NO_MEASURES,
    delivery: [
      figure('deploymentFrequencyPerWeek', deploys),
      figure('leadTimeForChangesHours'),
      figure('changeFailureRate', failures),
      figure('timeToRestoreHours'),
    ],
    ...values,
  };
}

export const alignedOffTrack = row(
  {
    objectiveRef: 'objective:default/win-us-midmarket',
    title: 'Win the US mid-market',
    owner: 'group:default/leadership',
    supporters: 66,
    meanScore: 88,
    driftingShare: 4.5,
    aligned: true,
    measures: { ...NO_MEASURES, 'off-track': 1, 'at-risk': 1 },
    outcome: 'off-track',
    quadrant: 'aligned-off-track',
  },
  'high',
  'medium',
);

export const alignedOnTrack = row(
  {
    objectiveRef: 'objective:default/reliable-at-scale',
    title: 'Be boringly reliable',
    owner: 'group:default/platform',
    supporters: 5,
    meanScore: 97,
    driftingShare: 0,
    aligned: true,
    measures: { ...NO_MEASURES, 'on-track': 2 },
    outcome: 'on-track',
    quadrant: 'aligned-on-track',
  },
  'elite',
  'elite',
);

export const driftingOnTrack = row(
  {
    objectiveRef: 'objective:default/connect-us-erps',
    title: 'Native integrations with US mid-market ERPs',
    owner: 'group:default/integrations',
    supporters: 7,
    meanScore: 62,
    driftingShare: 42.9,
    aligned: false,
    measures: { ...NO_MEASURES, 'on-track': 1 },
    outcome: 'on-track',
    quadrant: 'drifting-on-track',
  },
  'low',
);

/** Nothing serves it and nothing is measured; it has no title either. */
export const unknownQuadrant = row({
  objectiveRef: 'objective:default/enterprise-readiness',
  measures: { ...NO_MEASURES, 'not-measured': 1 },
  outcome: 'unknown',
  quadrant: 'unknown',
});

export const executionGapFixture: ExecutionGapResponse = {
  objectives: [
    alignedOffTrack,
    alignedOnTrack,
    driftingOnTrack,
    unknownQuadrant,
  ],
};
