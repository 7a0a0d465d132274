/**
 * Monte-Carlo standard errors of SMAA figures. A share p estimated from N independent samples
 * (rank acceptability, pBest, pairwise winning index, core share, confidence factor) has the
 * binomial standard error √(p(1 − p)/N); a mean over the samples in which something happened
 * (central weights) has sd / √(count). Ties split into fractional counts are treated the same way.
 */
export const STANDARD_ERROR_RULE =
  '标准误：比例 p 为 √(p(1−p)/N)，N 为样本数；中心权重为该方案排第一样本中权重的标准差 / √(排第一的样本数) · standard errors: a share p has √(p(1−p)/N), N the number of samples; a central weight has the sd of that weight over the samples in which the alternative is first / √(that number of samples)';

export function shareSE(p: number, samples: number): number {
  return Math.sqrt(Math.max(0, p * (1 - p)) / samples);
}
