import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

// Prints the ten slowest tests with the share of their timeout they used, so a test that drifts
// towards its timeout shows in every CI log before it fails on a slower machine. Tests should
// stay under half of their timeout; those above are marked.
class SlowestReporter implements Reporter {
  private readonly runs: { title: string; ms: number; timeout: number }[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    this.runs.push({
      title: `${test.location.file.split("/").pop()}:${test.location.line} ${test.title}`,
      ms: result.duration,
      timeout: test.timeout,
    });
  }

  onEnd(_result: FullResult): void {
    const slowest = [...this.runs].sort((a, b) => b.ms - a.ms).slice(0, 10);
    if (slowest.length === 0) return;
    console.log("\nSlowest tests (duration / timeout):");
    for (const run of slowest) {
      const share = run.timeout > 0 ? run.ms / run.timeout : 0;
      const flag = share > 0.5 ? "  ← over half of its timeout" : "";
      console.log(
        `  ${(run.ms / 1000).toFixed(1).padStart(5)} s / ${(run.timeout / 1000).toFixed(0)} s  ${run.title}${flag}`,
      );
    }
  }

  printsToStdio(): boolean {
    return true;
  }
}

export default SlowestReporter;
