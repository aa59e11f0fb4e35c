using BenchmarkDotNet.Running;

// Run all benchmarks:      dotnet run -c Release --project tests/Timeline.Benchmarks -- --filter '*'
// Run one class:           dotnet run -c Release --project tests/Timeline.Benchmarks -- --filter '*RangeQuery*'
BenchmarkSwitcher.FromAssembly(typeof(Annals.Benchmarks.Data).Assembly).Run(args);
