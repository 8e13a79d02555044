using System.Diagnostics;
using Fairtrade.TestServers;
using YamlDotNet.RepresentationModel;

namespace Fairtrade.Silo.Tests.Deployment;

/// <summary>docker-compose.yml as Debian's docker-compose reads it with the settings of .env.example.</summary>
public sealed class ComposeFile
{
    private ComposeFile(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    public YamlMappingNode Services => (YamlMappingNode)Root["services"];

    /// <summary>Runs <c>docker-compose config</c>, which fails on a file it cannot use, and parses what it prints.</summary>
    public static async Task<ComposeFile> ReadAsync()
    {
        var start = new ProcessStartInfo("docker-compose")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "--file", "docker-compose.yml", "--env-file", ".env.example", "config" },
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("docker-compose did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, $"docker-compose config refused the file:\n{await errors}");
        (await errors).ShouldBeEmpty("docker-compose config warns about nothing");

        var yaml = new YamlStream();
        yaml.Load(new StringReader(await output));
        return new ComposeFile((YamlMappingNode)yaml.Documents[0].RootNode);
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
