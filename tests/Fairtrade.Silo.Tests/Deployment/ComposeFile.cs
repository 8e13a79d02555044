using System.Diagnostics;
using System.Security.Cryptography;
using Fairtrade.TestServers;
using YamlDotNet.RepresentationModel;

namespace Fairtrade.Silo.Tests.Deployment;

/// <summary>docker-compose.yml as Debian's docker-compose reads it, with .env.example's settings and its secrets filled in.</summary>
public sealed class ComposeFile
{
    private ComposeFile(YamlMappingNode root, Dictionary<string, string> settings)
    {
        Root = root;
        Settings = settings;
    }

    public YamlMappingNode Root { get; }

    /// <summary>The .env the file was read with: .env.example, each empty value (a secret) filled in at random.</summary>
    public Dictionary<string, string> Settings { get; }

    public YamlMappingNode Services => (YamlMappingNode)Root["services"];

    /// <summary>Runs <c>docker-compose config</c>, which fails on a file it cannot use, and parses what it prints.</summary>
    public static async Task<ComposeFile> ReadAsync()
    {
        var settings = (await File.ReadAllLinesAsync(Repository.PathOf(".env.example")))
            .Where(line => line.Contains('=') && !line.StartsWith('#'))
            .Select(line => (Key: line[..line.IndexOf('=')], Value: line[(line.IndexOf('=') + 1)..]))
            .ToDictionary(s => s.Key, s => s.Value.Length > 0 || s.Key == "FAIRTRADE_ADMIN_TOKEN" ? s.Value : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        var envFile = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(envFile, settings.Select(s => $"{s.Key}={s.Value}"));
            var (exitCode, output, errors) = await ConfigAsync(envFile);
            exitCode.ShouldBe(0, $"docker-compose config refused the file:\n{errors}");
            errors.ShouldBeEmpty("docker-compose config warns about nothing");

            var yaml = new YamlStream();
            yaml.Load(new StringReader(output));
            return new ComposeFile((YamlMappingNode)yaml.Documents[0].RootNode, settings);
        }
        finally
        {
            File.Delete(envFile);
        }
    }

    /// <summary><c>docker-compose config</c> with the settings of <paramref name="envFile"/>: its exit code, output and errors.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> ConfigAsync(string envFile)
    {
        var start = new ProcessStartInfo("docker-compose")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "--file", "docker-compose.yml", "--env-file", envFile, "config" },
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("docker-compose did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }

    public YamlMappingNode Service(string name) => (YamlMappingNode)Services[name];

    public static string? Scalar(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var child))
            {
                return null;
            }

            node = child;
        }

        return (node as YamlScalarNode)?.Value;
    }

    public static Dictionary<string, string> Environment(YamlMappingNode service) =>
        service.Children.TryGetValue(new YamlScalarNode("environment"), out var environment)
            ? ((YamlMappingNode)environment).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value ?? "")
            : [];
}
