using System.Net;
using Fairtrade.Silo.Hosting;
using Fairtrade.TestServers;
using Microsoft.Extensions.Configuration;
using YamlDotNet.RepresentationModel;

namespace Fairtrade.Silo.Tests.Deployment;

/// <summary>
/// There is no Docker engine to run docker-compose.yml here, so its wiring is checked piece by piece against what the
/// silos and nginx expect; scripts/cluster.sh and the cluster tests run the same wiring with processes.
/// </summary>
public sealed class DockerComposeTests
{
    private static readonly string[] Silos = ["silo1", "silo2", "silo3"];

    [Fact]
    public async Task TheClusterIsPostgresRedisThreeSilosAndOneEntryPointThatAloneIsPublished()
    {
        var compose = await ComposeFile.ReadAsync();

        compose.Services.Children.Keys.Select(k => ((YamlScalarNode)k).Value).Order().ShouldBe(["postgres", "proxy", "redis", "silo1", "silo2", "silo3"]);
        ComposeFile.Scalar(compose.Service("postgres"), "image").ShouldBe("postgres:16");
        ComposeFile.Scalar(compose.Service("redis"), "image").ShouldBe("redis:7");
        ComposeFile.Scalar(compose.Service("proxy"), "image")!.ShouldStartWith("nginx:");
        foreach (var (name, service) in compose.Services.Children.Select(s => (((YamlScalarNode)s.Key).Value!, (YamlMappingNode)s.Value)))
        {
            service.Children.ContainsKey(new YamlScalarNode("healthcheck")).ShouldBeTrue($"{name} has a health check");
            service.Children.ContainsKey(new YamlScalarNode("ports")).ShouldBe(name == "proxy", $"only the entry point publishes a port, not {name}");
        }

        ((YamlSequenceNode)compose.Service("proxy")["ports"]).Children.ShouldHaveSingleItem();
        ((YamlMappingNode)compose.Root["volumes"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value).Order().ShouldBe(["postgres-data", "redis-data"]);
    }

    [Fact]
    public async Task EverySiloStartsOnItsSettingsAsItWouldThereWithAnAddressOfItsOwn()
    {
        var compose = await ComposeFile.ReadAsync();
        var proxyAddress = IPAddress.Parse(ComposeFile.Scalar(compose.Service("proxy"), "networks", "fairtrade", "ipv4_address")!);

        var settings = Silos.Select(silo => (Silo: silo, Settings: SiloSettings.Read(Configuration(ComposeFile.Environment(compose.Service(silo)))))).ToArray();

        foreach (var (silo, read) in settings)
        {
            read.Options.Storage.ShouldBe(StorageKind.Postgres);
            read.Options.Clustering.ShouldBe(ClusteringKind.Redis);
            read.Postgres!.ShouldContain("Host=postgres;");
            read.Redis!.ShouldStartWith("redis:6379,");
            read.AdvertisedAddress.ToString().ShouldBe(ComposeFile.Scalar(compose.Service(silo), "networks", "fairtrade", "ipv4_address"), $"{silo} advertises the address it has");
            read.Options.KnownProxyAddresses.Select(IPAddress.Parse).ShouldBe([proxyAddress]);
            read.Options.PublicUrl.ShouldNotBeNull();
            ComposeFile.Scalar(compose.Service(silo), "build", "dockerfile").ShouldBe("silo/Fairtrade.Silo/Dockerfile");
            ((YamlMappingNode)compose.Service(silo)["depends_on"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value).Order().ShouldBe(["postgres", "redis"]);
        }

        settings.Select(s => s.Settings.AdvertisedAddress).Distinct().Count().ShouldBe(3);
        settings.Select(s => s.Settings.Options.ClusterId).Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task TheEntryPointSendsToEverySiloOnThePortItServes()
    {
        var compose = await ComposeFile.ReadAsync();
        var proxy = ComposeFile.Environment(compose.Service("proxy"));
        var template = await File.ReadAllTextAsync(Repository.PathOf("deploy/nginx/fairtrade.conf.template"));

        proxy["FAIRTRADE_SILOS"].ShouldBe(string.Join(' ', Silos.Select(silo => $"server {silo}:8080 max_fails=1 fail_timeout=10s;")));
        template.ShouldContain("${FAIRTRADE_SILOS}");
        template.ShouldContain("listen ${FAIRTRADE_LISTEN};");
        ((YamlSequenceNode)compose.Service("proxy")["volumes"]).Children.Select(v => ((YamlScalarNode)v).Value)
            .ShouldContain(v => v!.EndsWith("deploy/nginx/fairtrade.conf.template:/etc/nginx/templates/default.conf.template:ro", StringComparison.Ordinal));
        (await File.ReadAllTextAsync(Repository.PathOf("silo/Fairtrade.Silo/Dockerfile"))).ShouldContain("ENV ASPNETCORE_HTTP_PORTS=8080");
    }

    [Fact]
    public async Task SecretsComeFromTheEnvFileAndTheExampleStartsNothingUntilTheyAreSet()
    {
        var raw = await File.ReadAllTextAsync(Repository.PathOf("docker-compose.yml"));
        var compose = await ComposeFile.ReadAsync();

        var asIs = await ComposeFile.ConfigAsync(Repository.PathOf(".env.example"));

        foreach (var secret in new[] { "POSTGRES_PASSWORD", "REDIS_PASSWORD", "FAIRTRADE_ADMIN_PASSWORD", "FAIRTRADE_ADMIN_TOKEN" })
        {
            raw.ShouldContain($"${{{secret}", Case.Sensitive, $"{secret} is taken from .env");
            compose.Settings.ShouldContainKey(secret, $".env.example explains {secret}");
        }

        asIs.ExitCode.ShouldNotBe(0, "the example's secrets are empty, and a cluster does not start on known passwords");
        asIs.Errors.ShouldContain("in .env");
        ComposeFile.Environment(compose.Service("postgres"))["POSTGRES_PASSWORD"].ShouldBe(compose.Settings["POSTGRES_PASSWORD"]);
        ComposeFile.Environment(compose.Service("silo2"))["ConnectionStrings__Postgres"].ShouldEndWith($"Password={compose.Settings["POSTGRES_PASSWORD"]}");
        (await File.ReadAllTextAsync(Repository.PathOf(".gitignore"))).Split('\n').ShouldContain(".env");
    }

    [Fact]
    public async Task TheSiloImageIsBuiltWithTheSdkAndRunsOnTheRuntimeAsAnUnprivilegedUser()
    {
        var dockerfile = (await File.ReadAllLinesAsync(Repository.PathOf("silo/Fairtrade.Silo/Dockerfile"))).Where(l => !l.StartsWith('#')).ToArray();

        dockerfile.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ShouldBe(
            ["FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", "FROM mcr.microsoft.com/dotnet/aspnet:10.0"]);
        dockerfile.ShouldContain("USER $APP_UID");
        dockerfile.ShouldContain(l => l.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));
        dockerfile.ShouldContain("ENTRYPOINT [\"dotnet\", \"Fairtrade.Silo.dll\"]");
    }

    private static IConfiguration Configuration(Dictionary<string, string> environment) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(environment.Select(e => new KeyValuePair<string, string?>(e.Key.Replace("__", ":", StringComparison.Ordinal), e.Value)))
            .Build();
}
