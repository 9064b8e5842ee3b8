import { rateToNumber } from '../money/scaled-rate.js';
import { ActiveBlock } from './active-block.js';
import { ageAndRetire } from './ageing-step.js';
import { newAnnualTotals, type AnnualTotals } from './annual-totals.js';
import { entryWage } from './entry-wage.js';
import { FormerMembers } from './former-members.js';
import { stepFormerMembers } from './former-members-step.js';
import { cellIndex, cellLayout, PENSIONER_AGES, type CellLayout } from './layout.js';
import { MonthContext } from './month-context.js';
import { MonthFlows } from './month-flows.js';
import { monthlyFactor, monthlyProbability } from './monthly-rate.js';
import { stepPayments, UNSUBSIDISED, type BlockResult } from './payment-step.js';
import { PensionerPool, stepPensioners, type PensionerMonth } from './pensioner-pool.js';
import { projectPopulationYear } from './population-projection.js';
import { ProgrammeState } from './programme-state.js';
import { POP_AGES, type ResolvedScenario } from './resolved-scenario.js';

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
  readonly reserveStart: number;
  readonly reserveEnd: number;
  readonly flows: Readonly<MonthFlows>;
  readonly pensionerDeaths: number;
  readonly survivorDeaths: number;
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

/** Yearly figures by sex and single age, for a scheme built on this one (health): [sex * 101 + age]. */
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
  /** Cells x months stepped by the payment step (active cells of every block visited: the benchmark's unit). */
  readonly cellMonths: number;
  readonly trace: readonly MonthTrace[] | null;
  readonly byAge: ByAge | null;
}

export interface ProjectOptions {
  /** Keep a MonthTrace for every month (tests of conservation). */
  readonly trace?: boolean;
  /** Keep yearly figures by sex and age (ByAge). */
  readonly byAge?: boolean;
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

function setYearRates(ctx: MonthContext, s: ResolvedScenario, L: CellLayout, y: number): void {
  const b = s.behaviour;
  const q = s.demography.deathProbability[y]!;
  for (let sex = 0; sex < 2; sex++) {
    for (let ai = 0; ai < L.nAge; ai++) {
      const age = Math.min(L.ageMin + ai, POP_AGES - 1);
      const pi = sex * POP_AGES + age;
      const ri = sex * L.nAge + ai;
      ctx.deathM[ri] = monthlyProbability(Math.min(1, q[pi]! * b.mortalityMultiplier));
      ctx.coveredWorkM[ri] = monthlyProbability(b.exitCoveredWorkRate[pi]!);
      ctx.requestM[ri] = monthlyProbability(b.requestRate[pi]!);
      ctx.reEntryM[ri] = monthlyProbability(b.reEntryRate);
    }
    for (let age = 0; age < PENSIONER_AGES; age++) {
      ctx.pensionerDeathM[sex * PENSIONER_AGES + age] = monthlyProbability(Math.min(1, q[sex * POP_AGES + Math.min(age, POP_AGES - 1)]! * b.mortalityMultiplier));
    }
  }
}

function setConstants(ctx: MonthContext, s: ResolvedScenario): void {
  const pay = s.behaviour.payment;
  const feeRate = rateToNumber(s.rules.lateFeeMonthlyRate);
  const feeCap = s.rules.lateFeeCapRate === null ? Number.POSITIVE_INFINITY : rateToNumber(s.rules.lateFeeCapRate);
  let cumulative = 0;
  for (let k = 0; k < ctx.layout.nK; k++) {
    ctx.catchUp[k] = pay.catchUp[k]!;
    ctx.stay[k] = k === 0 ? 0 : pay.stay[k]!;
    ctx.miss[k] = pay.miss[k]!;
    // Fees of one month overdue m started months: min(m x rate, cap) contributions.
    const stay = Math.min(k * feeRate, feeCap);
    ctx.feeStay[k] = stay;
    cumulative += stay;
    ctx.feeCatchUp[k] = cumulative;
  }
  ctx.contributionRate = rateToNumber(s.rules.contributionRate);
  const p = s.pension;
  ctx.retirementAge[0] = p.normalRetirementAge[0];
  ctx.retirementAge[1] = p.normalRetirementAge[1];
  ctx.qualifyingServiceYears = Math.ceil(p.qualifyingMonths / 12);
  ctx.accrualRate = p.accrualRate;
  ctx.continueAfterPensionAge = s.behaviour.continueAfterPensionAge;
  ctx.survivorProbability[0] = p.survivorProbability[0];
  ctx.survivorProbability[1] = p.survivorProbability[1];
  ctx.survivorShare = p.survivorShare;
  ctx.survivorAgeDifference[0] = p.survivorAgeDifference[0];
  ctx.survivorAgeDifference[1] = p.survivorAgeDifference[1];
  ctx.deathPensionMinServiceYears = p.deathPensionMinServiceYears;
  ctx.lumpSumRatePerMonth = p.lumpSumRatePerMonth;
}

/** January: the annual increase of paying members' wages, and no declared wage below the minimum. */
function januaryWages(block: ActiveBlock, increase: number, minimumWage: number): void {
  const L = block.layout;
  const P = block.persons;
  const W = block.wage;
  for (let sex = 0; sex < 2; sex++) {
    const start = sex * L.perSex;
    const end = start + (block.gHi + 1) * L.nAge * L.nK;
    for (let i = start; i < end; i++) {
      const n = P[i]!;
      if (!(n > 0)) continue;
      if (increase !== 0 && (i - start) % L.nK === 0) W[i] = W[i]! * (1 + increase);
      if (W[i]! < n * minimumWage) W[i] = n * minimumWage;
    }
  }
}

/** Principal outstanding at a moment: sum over cells of persons x k x contribution = rate x sum k x wage mass. */
function arrearsOf(block: ActiveBlock, rate: number): number {
  const L = block.layout;
  let t = 0;
  for (let sex = 0; sex < 2; sex++) {
    const start = sex * L.perSex;
    const end = start + (block.gHi + 1) * L.nAge * L.nK;
    for (let i = start; i < end; i++) {
      const k = (i - start) % L.nK;
      if (k > 0) t += k * block.wage[i]!;
    }
  }
  return rate * t;
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
 * Project the optional scheme month by month over the scenario's horizon (the model of
 * README "Projection model", design note sections 2, 3 and 5). Each month, in order:
 *  0. January: year's rates; minimum and average wage grow; annual increases; May: pension indexation;
 *  1. former members: deaths, re-enrollment, ageing, deferred pensions and lump sums at pension age;
 *  2. entrants (eligible population x entry rate), admitted to a subsidy programme when eligible;
 *  3. every block of active members: decrements, payments, fees, subsidies, service (payment-step.ts),
 *     then ageing and retirement (ageing-step.ts);
 *  4. subsidy cohorts whose months are over rejoin the main block;
 *  5. pensions: survivors' and old-age pools (deaths, payment, ageing); new pensioners join;
 *  6. the fund: reserve x (1 + i)^(1/12) + contributions + fees + subsidies - benefits - administration.
 * Pure: the same scenario gives the same numbers.
 */
export function project(s: ResolvedScenario, options: ProjectOptions = {}): Projection {
  const years = s.years;
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

  const main = new ActiveBlock(L);
  main.persons.set(s.startStock.insuredPersons);
  main.wage.set(s.startStock.insuredWageMass);
  main.gHi = L.nGap - 1;
  main.spanAllAges();
  const entrantsLeft = new Float64Array(2 * L.nAge);
  const entrantWage = new Float64Array(2 * L.nAge);
  const scratch = new ActiveBlock(L);
  scratch.gHi = L.nGap - 1;
  const former = new FormerMembers(L);
  former.persons.set(s.startStock.inactivePersons);
  former.wage.set(s.startStock.inactiveWageMass);
  const oldAge = new PensionerPool();
  oldAge.persons.set(s.startStock.pensionerPersons);
  oldAge.pension.set(s.startStock.pensionerPensionMass);
  const survivors = new PensionerPool();
  const newPensioners = new PensionerPool();
  const newSurvivors = new PensionerPool();
  const programmes = s.programmes.map((p) => new ProgrammeState(p, L, years));
  const blockResult: BlockResult = { subsidy: 0, contributors: 0, cells: 0 };
  const pensionerMonth: PensionerMonth = { deaths: 0, paid: 0 };
  const survivorMonth: PensionerMonth = { deaths: 0, paid: 0 };
  const survivorTerms = { pool: newSurvivors, probability: ctx.survivorProbability, share: 0, ageDifference: ctx.survivorAgeDifference };

  let pop: Float64Array = Float64Array.from(s.demography.population);
  let minimumWage = rateToNumber({ units: s.rules.minWage, scale: 1000 });
  let averageWage = rateToNumber({ units: s.rules.averageWage, scale: 1000 });
  ctx.minimumPension = s.pension.minimumPension;
  ctx.indexationCap = s.pension.indexationCap;
  let reserve = s.fund.initialReserve;
  let discount = 1;
  let cellMonths = 0;
  const b = s.behaviour;

  for (let y = 0; y < years; y++) {
    setYearRates(ctx, s, L, y);
    survivorTerms.share = ctx.survivorShare;
    const nextPop = projectPopulationYear(pop, s.demography.deathProbability[y]!, s.demography.fertility[y]!, s.demography.sexRatioAtBirth, s.demography.netMigration[y] ?? null).next;
    // January: the model's wages are the latest published figures (the year before the start), so
    // every January of the projection, the first included, applies its year's growth; the start
    // stock's declared wages are those of 31 December before the start.
    minimumWage *= 1 + s.economic.minimumWageGrowth[y]!;
    averageWage *= 1 + s.economic.wageGrowth[y]!;
    const increase = b.increaseTakeUp[y]! * b.increaseMeanSize;
    januaryWages(main, increase, minimumWage);
    for (const p of programmes) for (const c of p.cohorts) januaryWages(c.block, increase, minimumWage);
    ctx.minimumWage = minimumWage;
    const interestFactor = monthlyFactor(s.economic.interest[y]!);

    for (let m = 0; m < 12; m++) {
      const t = y * 12 + m;
      flows.reset();
      const calendarMonth = m + 1;
      ctx.indexationRate = 0;
      if (calendarMonth === s.pension.indexationMonth) {
        ctx.indexationRate = Math.max(0, Math.min(s.economic.inflation[y]!, s.economic.wageGrowth[y]!));
        ctx.indexationCap *= 1 + ctx.indexationRate;
        if (s.pension.minimumPensionIndexed) ctx.minimumPension *= 1 + ctx.indexationRate;
      }
      const activeStart = trace === null ? 0 : main.total() + programmes.reduce((a, p) => a + p.beneficiaries(), 0);
      const formerStart = trace === null ? 0 : former.total();
      const oldAgeStart = trace === null ? 0 : oldAge.total();
      const survivorsStart = trace === null ? 0 : survivors.total();
      const reserveStart = reserve;

      // 1. Former members (re-entrants join the main block).
      stepFormerMembers(former, ctx, flows, newSurvivors, newPensioners, main);

      // 2. Entrants, by sex and age; programmes take the eligible ones their budgets allow, in order.
      const within = m / 12;
      for (const p of programmes) {
        // A programme open to members admits them in its first month within the projection.
        if (!p.programme.newEntrantsOnly && t === Math.max(0, p.programme.startMonth)) p.admitMembers(main, ctx.contributionRate, t);
      }
      for (let sex = 0; sex < 2; sex++) {
        for (let ai = 0; ai < L.nAge; ai++) {
          const age = L.ageMin + ai;
          const j = sex * L.nAge + ai;
          entrantWage[j] = 0;
          entrantsLeft[j] = 0;
          if (age >= POP_AGES) continue;
          const pi = sex * POP_AGES + age;
          const population = pop[pi]! + within * (nextPop[pi]! - pop[pi]!);
          const eligible = population * b.eligibleShare * (1 - b.coveredEmploymentShare[pi]!);
          entrantsLeft[j] = eligible * monthlyProbability(Math.min(1, b.entryRate[pi]! * b.entryRateMultiplier[y]!));
          entrantWage[j] = entryWage(b.entryWageFactor[pi]!, minimumWage, averageWage, s.rules, age);
        }
      }
      for (const p of programmes) {
        if (!p.admitting(t)) continue;
        const mult = p.programme.entryMultiplier;
        let commitment = 0;
        for (let j = 0; j < 2 * L.nAge; j++) {
          const sex = j < L.nAge ? 0 : 1;
          if (entrantsLeft[j]! > 0 && p.eligible(sex, L.ageMin + (j % L.nAge), entrantWage[j]!)) commitment += entrantsLeft[j]! * mult * p.expectedMonthly(entrantWage[j]!, ctx.contributionRate);
        }
        const f = p.budgetFraction(commitment, t);
        if (f <= 0) continue;
        for (let j = 0; j < 2 * L.nAge; j++) {
          const sex = j < L.nAge ? 0 : 1;
          const ai = j % L.nAge;
          const w = entrantWage[j]!;
          if (!(entrantsLeft[j]! > 0) || !p.eligible(sex, L.ageMin + ai, w)) continue;
          const taken = entrantsLeft[j]! * f;
          entrantsLeft[j] = entrantsLeft[j]! - taken;
          const admitted = taken * mult;
          // New subscribers have no credited service: g = age index.
          p.admit(sex, ai, ai, 0, admitted, admitted * w, p.expectedMonthly(w, ctx.contributionRate), t, true);
          flows.entrants += admitted;
        }
      }
      for (let j = 0; j < 2 * L.nAge; j++) {
        const n = entrantsLeft[j]!;
        if (!(n > 0)) continue;
        main.add(j < L.nAge ? 0 : 1, j % L.nAge, j % L.nAge, 0, n, n * entrantWage[j]!);
        flows.entrants += n;
      }

      // 3. Active members: payments, then ageing and retirement, block by block.
      scratch.clear();
      stepPayments(main, scratch, ctx, UNSUBSIDISED, flows, former, newSurvivors, blockResult);
      cellMonths += blockResult.cells;
      main.swap(scratch);
      scratch.clear();
      ageAndRetire(main, ctx, flows, newPensioners);
      main.spanAllAges();
      for (const p of programmes) {
        for (const c of p.cohorts) {
          stepPayments(c.block, scratch, ctx, p.terms, flows, former, newSurvivors, blockResult);
          cellMonths += blockResult.cells;
          c.block.swap(scratch);
          scratch.clear();
          ageAndRetire(c.block, ctx, flows, newPensioners);
          p.cost[y] += blockResult.subsidy;
          if (p.programme.payer === 'government') flows.subsidiesGovernment += blockResult.subsidy;
          else flows.subsidiesDonor += blockResult.subsidy;
        }
        // 4. Cohorts at the end of their subsidy rejoin the main block.
        p.endOfMonth(main, former, flows, y);
      }

      // 5. Pensions: survivors first, then old-age (whose deaths make new survivors, paid from next month).
      stepPensioners(survivors, ctx.pensionerDeathM, ctx.indexationRate, ctx.indexationCap, null, survivorMonth);
      stepPensioners(oldAge, ctx.pensionerDeathM, ctx.indexationRate, ctx.indexationCap, survivorTerms, pensionerMonth);
      flows.pensionsPaid = survivorMonth.paid + pensionerMonth.paid;
      flows.pensionerDeaths = pensionerMonth.deaths;
      flows.survivorDeaths = survivorMonth.deaths;
      const newSurvivorsFromPensioners = newSurvivors.total() - flows.newSurvivors;
      addPool(oldAge, newPensioners);
      addPool(survivors, newSurvivors);

      // 6. The fund.
      const income = flows.principalPaid + flows.lateFees;
      const admin = s.fund.adminCostRate * income;
      const outgo = flows.pensionsPaid + flows.lumpSums + admin;
      const investment = reserve * (interestFactor - 1);
      reserve = reserve + investment + income - outgo;
      discount /= interestFactor;

      // Year totals.
      const A = annual;
      const subsidies = flows.subsidiesGovernment + flows.subsidiesDonor;
      A.contributorMonths[y] += flows.contributors;
      A.entrants[y] += flows.entrants;
      A.reEntrants[y] += flows.reEntrants;
      A.exitsDeath[y] += flows.deaths;
      A.exitsCoveredWork[y] += flows.exitsCoveredWork;
      A.exitsRequest[y] += flows.exitsRequest;
      A.terminationsArrears[y] += flows.terminationsArrears;
      A.retirements[y] += flows.retirements;
      A.lumpSumExits[y] += flows.lumpSumExits;
      A.deferredPensions[y] += flows.inactiveRetirements;
      A.insurableWages[y] += flows.insurableWages;
      A.contributionsDue[y] += flows.contributionsDue;
      A.principalPaid[y] += flows.principalPaid;
      A.subsidiesGovernment[y] += flows.subsidiesGovernment;
      A.subsidiesDonor[y] += flows.subsidiesDonor;
      A.lateFees[y] += flows.lateFees;
      A.pensionExpenditure[y] += flows.pensionsPaid;
      A.lumpSumExpenditure[y] += flows.lumpSums;
      A.adminExpenditure[y] += admin;
      A.investmentIncome[y] += investment;
      A.pvMembersContributions[y] += (flows.principalPaid - subsidies) * discount;
      A.pvLateFees[y] += flows.lateFees * discount;
      A.pvSubsidies[y] += subsidies * discount;
      A.pvBenefits[y] += (flows.pensionsPaid + flows.lumpSums) * discount;
      A.pvAdmin[y] += admin * discount;
      A.pvInsurableWages[y] += flows.insurableWages * discount;

      if (trace !== null) {
        flows.newSurvivors += newSurvivorsFromPensioners;
        trace.push({
          month: t,
          activeStart,
          activeEnd: main.total() + programmes.reduce((a, p) => a + p.beneficiaries(), 0),
          formerStart,
          formerEnd: former.total(),
          oldAgeStart,
          oldAgeEnd: oldAge.total(),
          survivorsStart,
          survivorsEnd: survivors.total(),
          reserveStart,
          reserveEnd: reserve,
          flows: { ...flows } as MonthFlows,
          pensionerDeaths: pensionerMonth.deaths,
          survivorDeaths: survivorMonth.deaths,
          income,
          outgo,
          investmentIncome: investment,
        });
      }
    }

    // Stocks at the end of the year.
    let insured = main.total();
    let arrears = arrearsOf(main, ctx.contributionRate);
    for (const p of programmes) {
      insured += p.beneficiaries();
      for (const c of p.cohorts) arrears += arrearsOf(c.block, ctx.contributionRate);
    }
    annual.insured[y] = insured;
    annual.arrearsStock[y] = arrears;
    annual.pensionersOldAge[y] = oldAge.total();
    annual.pensionersSurvivors[y] = survivors.total();
    annual.formerMembers[y] = former.total();
    annual.reserve[y] = reserve;
    annual.discountEnd[y] = discount;
    if (byAge !== null) {
      const insuredAges = new Float64Array(2 * POP_AGES);
      addInsuredByAge(main, insuredAges);
      for (const p of programmes) for (const c of p.cohorts) addInsuredByAge(c.block, insuredAges);
      const wages = new Float64Array(2 * POP_AGES);
      for (let j = 0; j < wagesByCell.length; j++) wages[(j < L.nAge ? 0 : POP_AGES) + Math.min(L.ageMin + (j % L.nAge), POP_AGES - 1)] += wagesByCell[j]!;
      wagesByCell.fill(0);
      const pensioners = new Float64Array(2 * POP_AGES);
      const pensions = new Float64Array(2 * POP_AGES);
      addPensionersByAge(oldAge, pensioners, pensions);
      addPensionersByAge(survivors, pensioners, pensions);
      byAge.insured.push(insuredAges);
      byAge.insurableWages.push(wages);
      byAge.pensioners.push(pensioners);
      byAge.pensions.push(pensions);
    }
    pop = nextPop;
  }

  return {
    startYear: s.startYear,
    years,
    initialReserve: s.fund.initialReserve,
    annual,
    programmes: programmes.map((p) => ({
      name: p.programme.name,
      payer: p.programme.payer,
      cost: p.cost,
      beneficiaries: Float64Array.from(p.beneficiaryMonths, (x) => x / 12),
      newBeneficiaries: p.newBeneficiaries,
    })),
    cellMonths,
    trace,
    byAge,
  };
}

