using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/SiteGen.MicroBenchmarks -- --filter '*'   (BenchmarkDotNet's own options)
// The benchmarks read a generated site, built once, from SITEGEN_MICROBENCH_SITE (see BenchSite).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
