using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Fairtrade.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The benchmark runner's entry point.</summary>
public partial class Program;
