using System.Diagnostics;
using System.Text.Json.Nodes;
using Fairtrade.TestServers;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>
/// Redocly's linter with its recommended rules, at the version scripts/openapi-lint/package-lock.json pins
/// (scripts/install-test-components.sh installs it with npm ci). Without it the tests that use it fail, they do not skip.
/// </summary>
public static class OpenApiLinter
{
    private static readonly string Cli = Repository.PathOf("scripts/openapi-lint/node_modules/@redocly/cli/bin/cli.js");

    /// <summary>Every problem the linter finds, as "severity rule pointer: message".</summary>
    public static async Task<string[]> ProblemsAsync(string document)
    {
        if (!File.Exists(Cli))
        {
            throw new InvalidOperationException($"No OpenAPI linter at {Cli}: run scripts/install-test-components.sh first.");
        }

        var folder = Directory.CreateTempSubdirectory("fairtrade-lint-").FullName;
        try
        {
            var file = Path.Combine(folder, "openapi.json");
            await File.WriteAllTextAsync(file, document);
            var start = new ProcessStartInfo("node")
            {
                ArgumentList = { Cli, "lint", "--extends", "recommended", "--format", "json", "--max-problems", "1000", file },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment = { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true" },
            };
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            var output = await process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            var report = JsonNode.Parse(output) ?? throw new InvalidOperationException($"The linter said nothing: {await errors}");
            return report["problems"]!.AsArray().Select(Describe).ToArray();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Describe(JsonNode? problem) =>
        $"{problem!["severity"]} {problem["ruleId"]} {problem["location"]?[0]?["pointer"]}: {problem["message"]}";
}
