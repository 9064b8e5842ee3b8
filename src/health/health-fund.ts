/** One year of the health fund: interest, closing reserve and discount factors. */
export interface FundYear {
  readonly investmentIncome: number;
  readonly reserve: number;
  /** v at the middle of the year (flows are discounted with it) and at its end. */
  readonly discountMid: number;
  readonly discountEnd: number;
}

/**
 * The health fund, year by year (annual steps; the flows of a year, income and expenditure, are
 * taken at mid-year). With R the opening reserve, N = income - expenditure, i the year's return:
 *   investment income = R x i + N x ((1 + i)^(1/2) - 1)
 *   closing reserve   = R + N + investment income = R (1 + i) + N (1 + i)^(1/2)
 * and the discount factors v_end = v_start / (1 + i), v_mid = v_start / (1 + i)^(1/2), so that
 * R_T v_T - R_0 = sum over years of N x v_mid exactly (the fund's own accumulation: present
 * values of flows and the GAP agree with the reserve).
 * @example const f = healthFund(0); f.year(0.05, 1000, 600) // => reserve 400 x 1.05^0.5 = 409.878
 */
export function healthFund(initialReserve: number): { year(interest: number, income: number, expenditure: number): FundYear } {
  let reserve = initialReserve;
  let discount = 1;
  return {
    year(interest, income, expenditure) {
      const half = Math.sqrt(1 + interest);
      const net = income - expenditure;
      const investmentIncome = reserve * interest + net * (half - 1);
      const discountMid = discount / half;
      reserve = reserve + net + investmentIncome;
      discount /= 1 + interest;
      return { investmentIncome, reserve, discountMid, discountEnd: discount };
    },
  };
}
