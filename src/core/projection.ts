import { rateToNumber } from '../money/scaled-rate.js';
import { ActiveBlock } from './active-block.js';
import { addFlows, newAnnualTotals, type AnnualTotals } from './annual-totals.js';
import { CompletionPool } from './completion-pool.js';
import { stepCompletion } from './completion-step.js';
import { admitEntrants, EntrantScratch } from './entrants.js';
import { FormerMembers } from './former-members.js';
import { formerPensionAgeBirthdays, stepFormerMembers } from './former-members-step.js';
import { cellIndex, cellLayout, PENSIONER_AGES, type CellLayout } from './layout.js';
import { MonthContext } from './month-context.js';
import { MonthFlows } from './month-flows.js';
import { monthlyFactor } from './monthly-rate.js';
import { pensionAgeBirthdays } from './pension-age-step.js';
import { stepPayments, UNSUBSIDISED, type BlockResult } from './payment-step.js';
import { PensionPools } from './pension-pools.js';
import { agePensioners, endPensionsAtAge, type PensionerPool, stepPensioners, type OnDeaths, type PensionerMonth } from './pensioner-pool.js';
import { referenceWageRatio } from './reference-wage.js';
import { leaveSurvivors, leaveSurvivorsDue } from './survivors.js';
import { projectPopulationYear } from './population-projection.js';
import { ProgrammeState } from './programme-state.js';
import { POP_AGES, type ResolvedScenario } from './resolved-scenario.js';
import { setConstants, setYearRates } from './scenario-rates.js';
import { januaryWages } from './wage-path.js';
import { ageActiveBlock, ageCompletionPool, ageFormerMembers } from './year-end.js';

/** Persons in each group at the start and end of a month, and the month's flows (for the conservation tests). */
export interface MonthTrace {
  readonly month: number;
  readonly activeStart: number;
  readonly activeEnd: number;
  readonly formerStart: number;
  readonly formerEnd: number;
  readonly oldAgeStart: number;
  readonly oldAgeEnd: number;
  readonly survivorsStart: number;
  readonly survivorsEnd: number;
  /** Early, disability and orphans' pensioners together. */
  readonly otherPensionersStart: number;
  readonly otherPensionersEnd: number;
  readonly reserveStart: number;
  readonly reserveEnd: number;
  readonly flows: Readonly<MonthFlows>;
  readonly income: number;
  readonly outgo: number;
  readonly investmentIncome: number;
}

/** A programme's yearly results in a projection. */
export interface ProgrammeTotals {
  readonly name: string;
  readonly payer: 'government' | 'donor';
  readonly cost: Float64Array;
  /** Mean persons subsidised over the months of the year. */
  readonly beneficiaries: Float64Array;
  readonly newBeneficiaries: Float64Array;
}

/** Yearly figures by sex and single age (age at 1 January), for a scheme built on this one (health): [sex * 101 + age]. */
export interface ByAge {
  /** Active members at the end of each year. */
  readonly insured: Float64Array[];
  /** Insurable wages of each year (JOD). */
  readonly insurableWages: Float64Array[];
  /** Old-age and survivors' pensioners at the end of each year, and their pensions (JOD a month); ages above 100 in 100. */
  readonly pensioners: Float64Array[];
  readonly pensions: Float64Array[];
}

export interface Projection {
  readonly startYear: number;
  readonly years: number;
  readonly initialReserve: number;
  readonly annual: AnnualTotals;
  readonly programmes: readonly ProgrammeTotals[];
  /** Cells x months stepped by the payment steps (cells of every block visited: the benchmark's unit). */
  readonly cellMonths: number;
  readonly trace: readonly MonthTrace[] | null;
  readonly byAge: ByAge | null;
  /** Persons at the start: active members (below pension age and completing their months) and former members. */
  readonly startInsured: number;
  readonly startFormerMembers: number;
}

export interface ProjectOptions {
  /** Keep a MonthTrace for every month (tests of conservation). */
  readonly trace?: boolean;
  /** Keep yearly figures by sex and age (ByAge). */
  readonly byAge?: boolean;
  /** Years to project (default the scenario's); beyond the scenario's data the last year's assumptions hold. */
  readonly years?: number;
  /** The closed group: no new entrants (former members may still come back). */
  readonly closedGroup?: boolean;
  /** Accrued rights: every active member leaves at the start keeping the credits (no contribution, no re-entry). */
  readonly accruedRights?: boolean;
}

/** The state the months act on. */
interface State {
  readonly L: CellLayout;
  readonly ctx: MonthContext;
  main: ActiveBlock;
  scratch: ActiveBlock;
  completion: CompletionPool;
  completionNext: CompletionPool;
  readonly former: FormerMembers;
  /** Pensions in payment, and those awarded this month (paid from the next). */
  readonly pensions: PensionPools;
  readonly awards: PensionPools;
  readonly programmes: ProgrammeState[];
}

/** Persons of a block summed over service and arrears, by [sex * 101 + age]. */
function addInsuredByAge(block: ActiveBlock, into: Float64Array): void {
  const L = block.layout;
  for (let sex = 0; sex < 2; sex++) {
    for (let g = 0; g <= block.gHi; g++) {
      for (let ai = 0; ai < L.nAge; ai++) {
        const base = cellIndex(L, sex, g, ai, 0);
        let t = 0;
        for (let k = 0; k < L.nK; k++) t += block.persons[base + k]!;
        into[sex * POP_AGES + Math.min(L.ageMin + ai, POP_AGES - 1)] += t;
      }
    }
  }
}

function addPensionersByAge(pool: PensionerPool, persons: Float64Array, pensions: Float64Array): void {
  for (let sex = 0; sex < 2; sex++) {
    for (let age = 0; age < PENSIONER_AGES; age++) {
      const j = sex * POP_AGES + Math.min(age, POP_AGES - 1);
      persons[j] += pool.persons[sex * PENSIONER_AGES + age]!;
      pensions[j] += pool.pension[sex * PENSIONER_AGES + age]!;
    }
  }
}

function addPool(into: PensionerPool, from: PensionerPool): void {
  for (let i = 0; i < into.persons.length; i++) {
    into.persons[i] += from.persons[i]!;
    into.pension[i] += from.pension[i]!;
  }
  from.persons.fill(0);
  from.pension.fill(0);
}

/**
 * Principal outstanding: sum over cells of persons x k x contribution = rate x sum k x wage mass,
 * over the used ranges of the block (`usedRanges`: every other cell is 0, so the sum is the
 * whole array's, to the bit).
 */
function arrearsOf(persons: Float64Array, wage: Float64Array, nK: number, rate: number, ranges: readonly number[]): number {
  let t = 0;
  // Cell by cell in index order (k = i mod nK: ranges start at a row), k = 0 owing nothing.
  for (let r = 0; r < ranges.length; r += 2) {
    for (let base = ranges[r]!; base < ranges[r + 1]!; base += nK) {
      for (let k = 1; k < nK; k++) {
        const i = base + k;
        if (persons[i]! > 0) t += k * wage[i]!;
      }
    }
  }
  return rate * t;
}

function activeTotal(st: State): number {
  return st.main.total() + st.completion.total() + st.programmes.reduce((a, p) => a + p.beneficiaries(), 0);
}

/**
 * The accrued-rights start: every active member leaves at the start keeping the credits (no
 * contribution, no re-entry). Members completing their months at pension age take their lump
 * sum at once: returned as (persons, JOD), paid in the first month.
 */
function leaveAllAtStart(st: State): { persons: number; amount: number } {
  const { L, main, former, completion, ctx } = st;
  for (let sex = 0; sex < 2; sex++) {
    for (let g = 0; g < L.nGap; g++) {
      for (let ai = 0; ai < L.nAge; ai++) {
        for (let k = 0; k < L.nK; k++) {
          const i = cellIndex(L, sex, g, ai, k);
          const n = main.persons[i]!;
          if (n > 0) former.addLeavers(sex, ai + 1 - g, ai, 0, n, main.wage[i]!);
        }
      }
    }
  }
  main.clear();
  let persons = 0;
  let amount = 0;
  completion.forEach((i, _sex, _ai, M) => {
    const n = completion.persons[i]!;
    if (!(n > 0)) return;
    persons += n;
    amount += n * ctx.lumpSumFor(completion.qualifyingMonths - M, completion.wage[i]! / n);
  });
  completion.clear();
  return { persons, amount };
}

/**
 * Project the optional scheme month by month (README "Projection model", design note sections 2,
 * 3, 5 and 8). Each month, in order:
 *  0. January: the year's rates; minimum and average wage grow; the in-force wage path
 *     (wage-path.ts); May: pension indexation; each month, the rates of the members' exact ages;
 *  1. former members: deaths, re-enrollment, deferred pensions and lump sums at pension age;
 *  2. entrants (eligible population x entry rate), admitted to a subsidy programme when eligible;
 *  3. members completing their months at pension age (completion-step.ts); then every block of
 *     active members: decrements, payments, fees, subsidies, service (payment-step.ts), then the
 *     pension-age birthdays of the month (pension-age-step.ts), whose members joining the
 *     completion pool are stepped there from the next month;
 *  4. subsidy cohorts whose months are over rejoin the main block;
 *  5. pensions: survivors' and old-age pools (indexation, deaths, payment); new pensioners join;
 *  6. the fund: reserve x (1 + i)^(1/12) + contributions + fees + subsidies - benefits - administration.
 * At the end of each year, stocks are recorded and every cell moves up one age (year-end.ts).
 * Pure: the same scenario gives the same numbers.
 */
export function project(s: ResolvedScenario, options: ProjectOptions = {}): Projection {
  const years = options.years ?? s.years;
  const L = cellLayout(s.behaviour.maxActiveAge, s.rules.maxMissedContributions);
  const latestPensionAge = Math.max(...s.pension.normalRetirementAge);
  if (s.behaviour.maxActiveAge < latestPensionAge) throw new RangeError(`maxActiveAge ${s.behaviour.maxActiveAge} is below the pension age ${latestPensionAge}: members would leave before they can retire`);
  if (s.startStock.insuredPersons.length !== L.size) throw new RangeError(`start stock has ${s.startStock.insuredPersons.length} cells, the layout ${L.size}`);
  const ctx = new MonthContext(L);
  setConstants(ctx, s);
  const flows = new MonthFlows();
  const annual = newAnnualTotals(years);
  const trace: MonthTrace[] | null = options.trace === true ? [] : null;
  const byAge: ByAge | null = options.byAge === true ? { insured: [], insurableWages: [], pensioners: [], pensions: [] } : null;
  const wagesByCell = new Float64Array(2 * L.nAge);
  if (byAge !== null) ctx.wagesByAge = wagesByCell;

  const st: State = {
    L,
    ctx,
    main: new ActiveBlock(L),
    scratch: new ActiveBlock(L),
    completion: new CompletionPool(L, s.pension.qualifyingMonths),
    completionNext: new CompletionPool(L, s.pension.qualifyingMonths),
    former: new FormerMembers(L),
    pensions: new PensionPools(),
    awards: new PensionPools(),
    programmes: (options.accruedRights === true ? [] : s.programmes).map((p) => new ProgrammeState(p, L, years)),
  };
  st.main.persons.set(s.startStock.insuredPersons);
  st.main.wage.set(s.startStock.insuredWageMass);
  st.main.gHi = L.nGap - 1;
  st.main.aLo = 0;
  st.main.aHi = Math.max(ctx.lastActiveRow[0]!, ctx.lastActiveRow[1]!);
  loadCompletion(st.completion, s);
  st.former.persons.set(s.startStock.inactivePersons);
  st.former.wage.set(s.startStock.inactiveWageMass);
  st.pensions.oldAge.persons.set(s.startStock.pensionerPersons);
  st.pensions.oldAge.pension.set(s.startStock.pensionerPensionMass);
  const contributing = options.accruedRights !== true;
  const startInsured = activeTotal(st);
  const startFormerMembers = st.former.total();
  // The accrued-rights valuation: members leave at the start (their moves show in the first year's flows).
  const settledAtStart = contributing ? { persons: 0, amount: 0 } : leaveAllAtStart(st);
  const entering = contributing && options.closedGroup !== true;

  const scratchEntrants = new EntrantScratch(L);
  const blockResult: BlockResult = { subsidy: 0, contributors: 0, cells: 0 };
  const poolMonth: PensionerMonth = { deaths: 0, paid: 0 };
  // Deaths of pensioners leave their survivors' pensions (survivors.ts).
  const survivorsOf: OnDeaths = (sex, age, deaths, mass) => leaveSurvivors(ctx, st.awards, flows, sex, age, deaths, mass);
  // The pools by type, in payment and awarded this month, in the same order (the month's awards join them).
  const inPayment = st.pensions.all();
  const awarded = st.awards.all();
  const pensionMonth = (pool: PensionerPool, deathM: Float64Array, onDeaths: OnDeaths | null): PensionerMonth => {
    stepPensioners(pool, deathM, ctx.indexationRate, ctx.indexationCap, onDeaths, poolMonth);
    return poolMonth;
  };
  // In-force January increase factors by projection year; before the start, the first year's.
  const januaryFactors: number[] = [];

  let pop: Float64Array = Float64Array.from(s.demography.population);
  let minimumWage = rateToNumber({ units: s.rules.minWage, scale: 1000 });
  let averageWage = rateToNumber({ units: s.rules.averageWage, scale: 1000 });
  const startMinimumWage = minimumWage;
  const startAverageWage = averageWage;
  ctx.minimumPension = s.pension.minimumPension;
  ctx.indexationCap = s.pension.indexationCap;
  let reserve = s.fund.initialReserve;
  let discount = 1;
  let priceIndex = 1;
  let cellMonths = 0;
  const b = s.behaviour;
  // Per-year assumptions cover the valuation years; past them the last year's hold.
  const lastDataYear = Math.min(s.economic.wageGrowth.length, s.demography.deathProbability.length) - 1;

  for (let y = 0; y < years; y++) {
    // Beyond the scenario's years, the last year's assumptions hold (README "Valuation").
    const yd = y < lastDataYear ? y : lastDataYear;
    setYearRates(ctx, s, L, yd);
    if (!contributing) ctx.reEntryM.fill(0);
    const nextPop = projectPopulationYear(pop, s.demography.deathProbability[yd]!, s.demography.fertility[yd]!, s.demography.sexRatioAtBirth, s.demography.netMigration[yd] ?? null).next;
    // January: the model's wages are the latest published figures (the year before the start), so
    // every January of the projection, the first included, applies its year's growth.
    minimumWage *= 1 + s.economic.minimumWageGrowth[yd]!;
    averageWage *= 1 + s.economic.wageGrowth[yd]!;
    if (y > 0) priceIndex *= 1 + s.economic.inflation[yd]!;
    ctx.minimumWage = minimumWage;
    const increase = b.increaseTakeUp[yd]! * b.increaseMeanSize;
    januaryFactors.push(1 + increase);
    const januaryFactor = (back: number) => januaryFactors[Math.max(0, y - back)]!;
    januaryWages(st.main.persons, st.main.wage, increase, minimumWage, st.main.usedRanges());
    januaryWages(st.completion.persons, st.completion.wage, increase, minimumWage, st.completion.usedRanges());
    for (const p of st.programmes) for (const c of p.cohorts) januaryWages(c.block.persons, c.block.wage, increase, minimumWage, c.block.usedRanges());
    const interestFactor = monthlyFactor(s.economic.interest[yd]!);
    const entryWageScale = averageWage / startAverageWage;

    for (let m = 0; m < 12; m++) {
      const t = y * 12 + m;
      flows.reset();
      ctx.setMonth(m);
      ctx.monthIndex = (s.startYear + y) * 12 + m;
      ctx.referenceRatio = referenceWageRatio(s.pension.referenceWageMonths, m, januaryFactor);
      ctx.indexationRate = 0;
      if (m + 1 === s.pension.indexationMonth) {
        ctx.indexationRate = Math.max(0, Math.min(s.economic.inflation[yd]!, s.economic.wageGrowth[yd]!));
        ctx.indexationCap *= 1 + ctx.indexationRate;
        if (s.pension.minimumPensionIndexed) ctx.minimumPension *= 1 + ctx.indexationRate;
      }
      const activeStart = trace === null ? 0 : activeTotal(st);
      const formerStart = trace === null ? 0 : st.former.total();
      const oldAgeStart = trace === null ? 0 : st.pensions.oldAge.total();
      const survivorsStart = trace === null ? 0 : st.pensions.spouses.total();
      const otherPensionersStart = trace === null ? 0 : st.pensions.early.total() + st.pensions.disability.total() + st.pensions.orphans.total();
      const reserveStart = reserve;

      if (t === 0 && settledAtStart.persons > 0) {
        flows.lumpSumExits += settledAtStart.persons;
        flows.lumpSumsPensionAge += settledAtStart.amount;
      }
      // 1. Former members (re-entrants join the main block).
      stepFormerMembers(st.former, ctx, flows, st.awards, st.main);

      // 2. Entrants, by sex and age; programmes take the eligible ones their budgets allow, in order.
      for (const p of st.programmes) {
        // A programme open to members admits them in its first month within the projection.
        if (!p.programme.newEntrantsOnly && t === Math.max(0, p.programme.startMonth)) p.admitMembers(st.main, ctx.contributionRate, t);
      }
      if (entering) {
        const within = m / 12;
        admitEntrants(scratchEntrants, st.main, st.programmes, ctx, flows, s, pop, nextPop, within, yd, t, minimumWage, averageWage, startMinimumWage * entryWageScale);
      }

      // 3. Members completing their months at pension age (completion-step.ts), stepped before the
      // active blocks: those reaching pension age this month join the pool after their month.
      st.completionNext.clear();
      stepCompletion(st.completion, st.completionNext, ctx, flows, st.awards, blockResult);
      cellMonths += blockResult.cells;
      [st.completion, st.completionNext] = [st.completionNext, st.completion];
      // Active members: payments, then the month's birthdays at pension age, block by block.
      st.scratch.clear();
      stepPayments(st.main, st.scratch, ctx, UNSUBSIDISED, flows, st.former, st.awards, blockResult);
      cellMonths += blockResult.cells;
      [st.main, st.scratch] = [st.scratch, st.main];
      pensionAgeBirthdays(st.main, ctx, flows, st.awards.oldAge, st.completion);
      st.main.aLo = 0;
      st.main.aHi = Math.max(ctx.lastActiveRow[0]!, ctx.lastActiveRow[1]!);
      for (const p of st.programmes) {
        for (const c of p.cohorts) {
          st.scratch.clear();
          stepPayments(c.block, st.scratch, ctx, p.terms, flows, st.former, st.awards, blockResult);
          cellMonths += blockResult.cells;
          c.block.swap(st.scratch);
          pensionAgeBirthdays(c.block, ctx, flows, st.awards.oldAge, st.completion);
          p.cost[y] += blockResult.subsidy;
          if (p.programme.payer === 'government') flows.subsidiesGovernment += blockResult.subsidy;
          else flows.subsidiesDonor += blockResult.subsidy;
        }
      }
      // 4. Cohorts at the end of their subsidy rejoin the main block; former members' pension age.
      for (const p of st.programmes) p.endOfMonth(st.main, st.former, flows, y < p.years ? y : p.years - 1, m + 1);
      formerPensionAgeBirthdays(st.former, ctx, flows, st.awards.oldAge);
      // The survivors of this month's deaths of members and former members.
      leaveSurvivorsDue(ctx, st.awards, flows, st.awards.survivorsDue);

      // 5. Pensions: survivors first, then the pensioners whose deaths make new survivors (paid from next month).
      const P = st.pensions;
      const paidSpouses = pensionMonth(P.spouses, ctx.pensionerDeathM, null).paid;
      flows.survivorDeaths = poolMonth.deaths;
      const paidOldAge = pensionMonth(P.oldAge, ctx.pensionerDeathM, survivorsOf).paid;
      flows.pensionerDeaths = poolMonth.deaths;
      const paidEarly = pensionMonth(P.early, ctx.pensionerDeathM, survivorsOf).paid;
      flows.earlyPensionerDeaths = poolMonth.deaths;
      const paidDisability = pensionMonth(P.disability, ctx.disabledDeathM, survivorsOf).paid;
      flows.disabledDeaths = poolMonth.deaths;
      const paidOrphans = pensionMonth(P.orphans, ctx.pensionerDeathM, null).paid;
      flows.orphanDeaths = poolMonth.deaths;
      flows.orphanPensionsEnded = endPensionsAtAge(P.orphans, ctx.orphans!.endAge, m);
      flows.pensionsPaid = paidSpouses + paidOldAge + paidEarly + paidDisability + paidOrphans;
      flows.pensionsPaidOldAge = paidOldAge;
      flows.pensionsPaidEarly = paidEarly;
      flows.pensionsPaidDisability = paidDisability;
      flows.pensionsPaidSurvivors = paidSpouses + paidOrphans;
      for (let i = 0; i < inPayment.length; i++) addPool(inPayment[i]!, awarded[i]!);

      // 6. The fund.
      const income = flows.principalPaid + flows.lateFees;
      const admin = s.fund.adminCostRate * income;
      const lumpSums = flows.lumpSums();
      const outgo = flows.pensionsPaid + lumpSums + admin;
      const investment = reserve * (interestFactor - 1);
      reserve = reserve + investment + income - outgo;
      discount /= interestFactor;

      // The month's flows into the year.
      const A = annual;
      const subsidies = flows.subsidiesGovernment + flows.subsidiesDonor;
      addFlows(A, flows, y);
      A.lumpSumExpenditure[y] += lumpSums;
      A.adminExpenditure[y] += admin;
      A.investmentIncome[y] += investment;
      A.pvMembersContributions[y] += (flows.principalPaid - subsidies) * discount;
      A.pvLateFees[y] += flows.lateFees * discount;
      A.pvSubsidies[y] += subsidies * discount;
      A.pvBenefits[y] += (flows.pensionsPaid + lumpSums) * discount;
      A.pvAdmin[y] += admin * discount;
      A.pvInsurableWages[y] += flows.insurableWages * discount;

      if (trace !== null) {
        trace.push({
          month: t,
          activeStart,
          activeEnd: activeTotal(st),
          formerStart,
          formerEnd: st.former.total(),
          oldAgeStart,
          oldAgeEnd: st.pensions.oldAge.total(),
          survivorsStart,
          survivorsEnd: st.pensions.spouses.total(),
          otherPensionersStart,
          otherPensionersEnd: st.pensions.early.total() + st.pensions.disability.total() + st.pensions.orphans.total(),
          reserveStart,
          reserveEnd: reserve,
          flows: { ...flows } as MonthFlows,
          income,
          outgo,
          investmentIncome: investment,
        });
      }
    }

    recordYearEnd(st, annual, y, reserve, discount, averageWage, priceIndex);
    if (byAge !== null) {
      const insuredAges = new Float64Array(2 * POP_AGES);
      addInsuredByAge(st.main, insuredAges);
      for (const p of st.programmes) for (const c of p.cohorts) addInsuredByAge(c.block, insuredAges);
      st.completion.forEach((i, sex, ai) => {
        insuredAges[sex * POP_AGES + Math.min(L.ageMin + ai, POP_AGES - 1)] += st.completion.persons[i]!;
      });
      const wages = new Float64Array(2 * POP_AGES);
      for (let j = 0; j < wagesByCell.length; j++) wages[(j < L.nAge ? 0 : POP_AGES) + Math.min(L.ageMin + (j % L.nAge), POP_AGES - 1)] += wagesByCell[j]!;
      wagesByCell.fill(0);
      const pensioners = new Float64Array(2 * POP_AGES);
      const pensions = new Float64Array(2 * POP_AGES);
      for (const pool of st.pensions.all()) addPensionersByAge(pool, pensioners, pensions);
      byAge.insured.push(insuredAges);
      byAge.insurableWages.push(wages);
      byAge.pensioners.push(pensioners);
      byAge.pensions.push(pensions);
    }
    // Year end: every cell one year older (year-end.ts).
    ageActiveBlock(st.main);
    st.main.aLo = 0;
    st.main.aHi = Math.max(ctx.lastActiveRow[0]!, ctx.lastActiveRow[1]!);
    for (const p of st.programmes) for (const c of p.cohorts) ageActiveBlock(c.block);
    ageCompletionPool(st.completion);
    ageFormerMembers(st.former);
    for (const pool of st.pensions.all()) agePensioners(pool);
    pop = nextPop;
  }

  return {
    startYear: s.startYear,
    years,
    initialReserve: s.fund.initialReserve,
    annual,
    programmes: st.programmes.map((p) => ({
      name: p.programme.name,
      payer: p.programme.payer,
      cost: p.cost,
      beneficiaries: Float64Array.from(p.beneficiaryMonths, (x) => x / 12),
      newBeneficiaries: p.newBeneficiaries,
    })),
    cellMonths,
    trace,
    byAge,
    startInsured,
    startFormerMembers,
  };
}

/** Stocks at the end of year y. */
function recordYearEnd(st: State, A: AnnualTotals, y: number, reserve: number, discount: number, averageWage: number, priceIndex: number): void {
  const { L, ctx } = st;
  let insured = st.main.total() + st.completion.total();
  const mainUsed = st.main.usedRanges();
  const completionUsed = st.completion.usedRanges();
  let wageMass = sum(st.main.wage, mainUsed) + sum(st.completion.wage, completionUsed);
  let arrears = arrearsOf(st.main.persons, st.main.wage, L.nK, ctx.contributionRate, mainUsed) + arrearsOf(st.completion.persons, st.completion.wage, L.nK, ctx.contributionRate, completionUsed);
  for (const p of st.programmes) {
    insured += p.beneficiaries();
    for (const c of p.cohorts) {
      const used = c.block.usedRanges();
      wageMass += sum(c.block.wage, used);
      arrears += arrearsOf(c.block.persons, c.block.wage, L.nK, ctx.contributionRate, used);
    }
  }
  A.insured[y] = insured;
  A.insuredWageMass[y] = wageMass;
  A.arrearsStock[y] = arrears;
  const P = st.pensions;
  A.pensionersOldAge[y] = P.oldAge.total();
  A.pensionersEarly[y] = P.early.total();
  A.pensionersDisability[y] = P.disability.total();
  A.pensionersSurvivors[y] = P.spouses.total();
  A.pensionersOrphans[y] = P.orphans.total();
  A.pensionMassOldAge[y] = P.oldAge.totalPension();
  A.pensionMassEarly[y] = P.early.totalPension();
  A.pensionMassDisability[y] = P.disability.totalPension();
  A.pensionMassSurvivors[y] = P.spouses.totalPension();
  A.pensionMassOrphans[y] = P.orphans.totalPension();
  A.formerMembers[y] = st.former.total();
  A.formerMembersQualified[y] = st.former.totalWithService(Math.ceil(ctx.qualifyingMonths / 12));
  A.reserve[y] = reserve;
  A.discountEnd[y] = discount;
  A.averageWage[y] = averageWage;
  A.priceIndex[y] = priceIndex;
}

/** The sum of a block's array over its used ranges, in index order (= the whole array's sum: the rest is 0). */
function sum(a: Float64Array, ranges: readonly number[]): number {
  let t = 0;
  for (let r = 0; r < ranges.length; r += 2) for (let i = ranges[r]!; i < ranges[r + 1]!; i++) t += a[i]!;
  return t;
}

/** The start stock's members completing their months at pension age. */
function loadCompletion(pool: CompletionPool, s: ResolvedScenario): void {
  const P = s.startStock.completionPersons;
  const W = s.startStock.completionWageMass;
  if (P.length !== pool.persons.length) throw new RangeError(`start stock has ${P.length} completion cells, the layout ${pool.persons.length}`);
  const L = pool.layout;
  for (let sex = 0; sex < 2; sex++) {
    for (let ai = 0; ai < L.nAge; ai++) {
      for (let M = 1; M <= pool.qualifyingMonths; M++) {
        for (let k = 0; k < L.nK; k++) {
          const i = pool.index(sex, ai, M, k);
          if (P[i]! > 0) pool.add(sex, ai, M, k, P[i]!, W[i]!);
        }
      }
    }
  }
}
