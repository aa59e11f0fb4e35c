using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

// Run all benchmarks:      dotnet run -c Release --project tests/Timeline.Benchmarks -- --filter '*'
// Run one class:           dotnet run -c Release --project tests/Timeline.Benchmarks -- --filter '*RangeQuery*'
// Ratios are written as "N x faster" or "N x slower" than the baseline of the same class and run.
var config = DefaultConfig.Instance.WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
BenchmarkSwitcher.FromAssembly(typeof(Annals.Benchmarks.Data).Assembly).Run(args, config);
