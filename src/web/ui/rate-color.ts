/**
 * The traffic light of a rate in % (completion, on time): green from 80 %, yellow from 50 %,
 * red below. One rule for the dashboard's lights and bars and the one-stop report's bar.
 */
export function rateColor(rate: number): 'green' | 'yellow' | 'red' {
  return rate >= 80 ? 'green' : rate >= 50 ? 'yellow' : 'red';
}
