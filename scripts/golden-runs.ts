/** The golden runs: each scenario and the directory holding its checked-in indicators.csv and summary.json. */
export const GOLDEN_RUNS = [
  { scenario: 'scenarios/baseline.yaml', dir: 'test/golden' },
  // Every benefit of issue 13 off: the engine's figures before those benefits existed.
  { scenario: 'scenarios/old-age-and-survivors-only.yaml', dir: 'test/golden/old-age-and-survivors-only' },
] as const;
