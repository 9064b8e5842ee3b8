/**
 * ssc-proj: the public library API. Only re-exports; each concept lives in its own module.
 */

// Money: integer fils and exact rates.
export { FILS_PER_JOD, formatJod, parseJod } from './money/fils.js';
export { roundHalfUp, floorDiv, ceilDiv } from './money/round-half-up.js';
export { applyRate, parseRate, rateToNumber, formatRate, type ScaledRate } from './money/scaled-rate.js';
export { filsOps, decimalOps, type MoneyOps } from './money/money-ops.js';

// Dates.
export { parseIsoDate, formatIsoDate, monthIndexOf, formatMonth, completedYears, type Ymd, type MonthIndex } from './calendar/civil-date.js';
export { startedMonthsOfDelay, fullMonthsOfDelay } from './calendar/months-of-delay.js';

// Rules of SSC optional enrollment.
export type { OptionalRules, Sex, ChargeMonthOn } from './rules/optional-rules.js';
export { loadModel, optionalRulesFromSource, DEFAULT_MODEL_PATH } from './rules/load-model.js';
export { checkEligibility, type Applicant } from './rules/eligibility.js';
export { entryWageCap, maxReturningWage, returningWageBounds, checkNewWage, checkReturningWage, annualIncreaseBound, raisedWage, reducedWage } from './rules/wage-bounds.js';
export { monthlyContribution } from './rules/contribution.js';
export { dueDate } from './rules/due-date.js';
export { lateFee, lateFeesForDelay } from './rules/late-fee.js';
export { Ledger } from './rules/ledger.js';
export { REFUSAL_RULES, type Refusal, type RefusalRule } from './rules/refusal.js';
export type { MemberEvent, MemberRecord, StopReason } from './rules/member.js';
export { readMemberFile, memberRecordFromSource } from './rules/member-file.js';
export { statement, statementWith, type Statement, type StatementMonth, type StatementStatus, type RejectedRequest } from './rules/statement.js';
export { statementToJson, statementToCsv } from './output/statement-format.js';

// The projection of the optional scheme: scenarios in, yearly indicators, summary and programme results out.
export { loadScenario, resolveScenarioSource, MODELS_DIR } from './scenario/load-scenario.js';
export { SCENARIOS_DIR, shippedScenario } from './scenario/shipped.js';
export { scenarioJsonSchema, scenarioReferenceMarkdown, SCHEMA_KINDS, type SchemaKind, type Json } from './scenario/json-schema.js';
export { type RunResult, type RunOptions } from './core/run-scenario.js';
export { runScenario, runScenarioOnTwoThreads, runHealthScenario } from './scenario/run-checked.js';
export { project, type Projection, type ProjectOptions, type MonthTrace, type ProgrammeTotals, type ByAge } from './core/projection.js';
export { indicatorRows, INDICATOR_COLUMNS, toFils, type IndicatorRow, type IndicatorName } from './core/indicators.js';
export { runSummary, type RunSummary } from './core/summary.js';
export { programmeRows, type ProgrammeRow } from './core/programme-results.js';
export { ANNUAL_FIELDS, FLOW_FIELDS, OTHER_FIELDS, type AnnualTotals, type AnnualField } from './core/annual-totals.js';
export { closedGroupValuation, gapHorizons, gapOverHorizon, VALUATION_HORIZONS, type ClosedGroupValuation } from './core/valuation.js';
export { SEXES, POP_AGES, type ResolvedScenario, type ResolvedProgramme, type PaymentBehaviour, type SourcedValue, type EarlyRetirementTerms, type DisabilityTerms, type OrphanTerms } from './core/resolved-scenario.js';
export { cellLayout, cellIndex, poolIndex, AGE_MIN, type CellLayout } from './core/layout.js';
export { projectPopulationYear, type PopulationYear } from './core/population-projection.js';
export { monthlyProbability, monthlyFactor } from './core/monthly-rate.js';
export { runAnyScenario, schemeOf } from './schemes/dispatch.js';
export { indicatorsCsv, programmesCsv } from './output/run-files.js';
export { resolvedScenarioYaml } from './output/resolved-scenario-yaml.js';
export { resultsWorkbook, WORKBOOK_NAME } from './output/xlsx.js';
export { withWorkbook } from './output/run-files.js';
export { toCsv, escapeFormula } from './output/csv.js';
export { writeFileAtomic, writeOutputSet, OUTPUT_MARKER, type OutputFile as OutputSetFile } from './output/atomic-write.js';
export { PathError } from './io/path-error.js';
export { INPUT_LIMITS, checkInputFile, checkOutputPath } from './io/safe-path.js';
export { MAX_EVENT_FILS, MAX_EVENTS, checkMemberRecord } from './rules/member-check.js';
export { SCENARIO_BOUNDS, DATA_YEARS, MAX_EXACT_JOD } from './assumptions/bounds.js';
export { MoneyRangeError } from './money/money-ops.js';

// Calibration: behaviour parameters fitted to published figures (README "The back-test from 2019").
export { loadCalibration, scenarioAt, fittedBehaviour, type Calibration, type FitParameter, type Target, type ModelEntry } from './calibrate/calibration-file.js';
export { fitCalibration, targetValues, type FitResult, type FittedParameter, type FittedTarget, type FitProgress } from './calibrate/fit.js';
export { calibrationFiles, calibrationDate, fitCsv, parametersCsv, fittedModel, type CalibrationFile } from './calibrate/fit-files.js';
export { targetValue, startStocks, STOCK_INDICATORS, TARGET_INDICATORS, type TargetMeasure, type TargetTiming } from './calibrate/target-value.js';
export { endStockValues, END_STOCK_PARAMETERS } from './calibrate/end-stock.js';
export { parseParameterKey, type ParameterKey } from './calibrate/parameter-key.js';

// Demography of Jordan (UN WPP): life tables, single-age mortality and fertility, base population.
export { OPEN_AGE, ABRIDGED_AGE_STARTS, FIVE_YEAR_AGE_STARTS, FERTILE_AGE_STARTS, abridgedWidths, periodStart, periodMidpoint } from './demography/age-groups.js';
export { loadWpp, WPP_DIR, WPP_FILES, type Wpp, type WppMortality, type WppPasfr, type WppTfr, type WppPopulation } from './demography/wpp-data.js';
export { lifeTable, LIFE_TABLE_RADIX, type LifeTable } from './demography/life-table.js';
export { coaleDemenyAx } from './demography/infant-ax.js';
export { abridgedLifeTable, constantForceAx } from './demography/abridged-life-table.js';
export { lifeExpectancyAtBirth, wppLifeTable, isWppPeriod } from './demography/life-expectancy.js';
export { lifeTableRows, lifeTableToJson, lifeTableToCsv, lifeTableToText, type LifeTableJson, type LifeTableRowJson } from './demography/life-table-format.js';
export { splitDeathRates } from './demography/split-death-rates.js';
export { groupDeathRates, singleAgeDeathRates } from './demography/death-rates.js';
export { annualDeathProbability, monthlyDeathProbability, monthlyDeathProbabilities } from './demography/death-probability.js';
export { pchipSlopes, hermiteIncrease } from './demography/pchip.js';
export { splitGroupTotals } from './demography/split-group-totals.js';
export { totalFertilityRate, groupAsfr, singleAgeAsfr } from './demography/fertility.js';
export { groupPopulation, basePopulation, type PopulationBySex } from './demography/base-population.js';

// Reports: self-contained HTML with SVG charts of a run or batch, and scenario comparison.
export { parseCsv, readCsvFile, numberAt, numberColumn, textColumn, yearColumn, columnIndex, type CsvTable } from './report/csv-read.js';
export { readReportDir, readRunDir, failedRuns, type ReportDir, type RunDir, type BatchDir, type FailedRun, type Scheme } from './report/report-dir.js';
export { jsonSyntaxError } from './report/json-file.js';
export { compactValue, assumptionRows, dataSources, type AssumptionRow, type DataSources } from './report/assumptions.js';
export { formatPercent, formatMoney, formatPersons, formatValue } from './report/format.js';
export { INDICATORS, SUMMARY_FIGURES, indicatorInfo, summaryInfo, type IndicatorInfo } from './report/indicator-catalog.js';
export type { Unit } from './report/units.js';
export { buildReport, renderReport, type ReportSummary } from './report/report.js';
export { compareRuns, compareDirs, comparisonToCsv, exactDifference, uniqueNames, medianRun, differingAssumptions, assumptionDifferencesCsv, type Comparison, type AssumptionDifference } from './report/compare.js';
export { renderCompareReport } from './report/compare-report.js';
export { ReportInputError } from './report/report-input-error.js';

// Input files and errors.
export { InputError, isInputError } from './assumptions/input-error.js';
export { resolveAssumption, describeAssumption, TABLE_EXTENSIONS, type AssumptionBounds } from './assumptions/assumption.js';
export { compileExpression, EXPRESSION_FUNCTIONS, EXPRESSION_CONSTANTS, EXPRESSION_VARIABLE, DISABLED_FUNCTIONS, type ExpressionPlace } from './assumptions/expression.js';

// Social health insurance on the same core (design note section 4; docs/health.md).
export { loadHealthScenario, HEALTH_MODEL_FILES } from './health/load-health-scenario.js';
export { type HealthRunResult } from './health/run-health-scenario.js';
export { healthRunFiles } from './health/health-run-files.js';
export { asfrOf, SUBSIDY_GROUPS, type ResolvedHealthScenario, type ResolvedHealthSubsidy, type PopulationInsured, type OptionalSchemeInsured, type SubsidyGroup } from './health/resolved-health-scenario.js';
export { projectHealth, HEALTH_FIELDS, type HealthProjection, type HealthAnnual, type HealthByAge, type HealthField } from './health/health-projection.js';
export { healthIndicatorRows, healthIndicatorsCsv, HEALTH_INDICATOR_COLUMNS, type HealthIndicatorRow } from './health/health-indicators.js';
export { healthRunSummary, type HealthRunSummary } from './health/health-summary.js';
export { insuredGroup, type InsuredYear } from './health/insured-group.js';
export { populationInsuredGroup } from './health/population-insured.js';
export { optionalSchemeInsuredGroup, startInsuredByAge, startPensionersByAge } from './health/optional-insured.js';
export { spouses, children, childSurvival, birthsAYearsBefore, type DependantTerms } from './health/dependants.js';
export { deliveries, type DeliveriesByMother } from './health/deliveries.js';
export { mothers } from './health/mothers.js';
export { serviceExpenditure, costPerPerson, type ServiceExpenditure } from './health/service-expenditure.js';
export { maternityBenefit, DAYS_PER_YEAR } from './health/maternity-benefit.js';
export { healthFund, type FundYear } from './health/health-fund.js';
export { subsidyOfYear, resolveHealthSubsidy, type CoveredByGroup, type CostByGroup } from './health/health-subsidy.js';

// Batches: sensitivity grids and stochastic runs on worker threads, shards and their merge (docs/batch.md).
export { loadBatch, runSpec, sensitivityRuns, sensitivityValues, MAX_RUNS, type LoadedBatch, type SensitivitySpec, type SensitivityParameter, type StochasticSpec } from './batch/batch-file.js';
export { runBatch, batchRunFiles, batchMeta, runRecord, defaultThreads, capThreads, BatchCancelledError, type BatchRun, type RunBatchOptions, type BatchProgress } from './batch/run-batch.js';
export { mergeShardDirs, MergeError } from './batch/merge.js';
export { parseShard, shardRange, type Shard } from './batch/shard.js';
export { batchOutputFiles, RUNS_SUMMARY_COLUMNS, type BatchMeta, type RunRecord, type OutputFile } from './batch/batch-files.js';

// Types the exported functions take or return (documented with them).
export type { RunOutcome, RunSucceeded, RunFailed, RunSpec, FaultInjection } from './batch/messages.js';
export type { KeyPath, YamlSource } from './assumptions/yaml-source.js';
export type { RunFiles, RunFile, BaseInfo, SchemeRunner, ColumnKind, SchemeRunOutput, RunAssumptions, PathInfo } from './schemes/scheme.js';
export type { MonthFlows } from './core/month-flows.js';
export type { Provenance } from './assumptions/parameter.js';
export type { StatusState } from './rules/statement.js';
export type { PathSpec, LevelPathSpec, MultiplierPathSpec } from './batch/ar1.js';
export type { AcceptedWage, ReturningBounds, PreviousCoverage } from './rules/wage-bounds.js';
export type { CsvCell } from './output/csv.js';
export type { ResolvedLike } from './output/resolved-scenario-yaml.js';
export type { NamedFile } from './output/xlsx.js';
export type { ParamProvenance } from './assumptions/parameter-set.js';
