using System.Net;
using Npgsql;
using StackExchange.Redis;

namespace Fairtrade.Silo.Hosting;

/// <summary>
/// The settings that decide how the silo is built (storage, clustering, its address), read and checked before
/// anything starts, so that a wrong one stops the start with the setting named as the operator types it.
/// </summary>
public sealed record SiloSettings(FairtradeOptions Options, string? Postgres, string? Redis, IPAddress AdvertisedAddress)
{
    public static SiloSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(FairtradeOptions.Section);
        Choice<StorageKind>(section, nameof(FairtradeOptions.Storage));
        Choice<ClusteringKind>(section, nameof(FairtradeOptions.Clustering));
        var options = section.Get<FairtradeOptions>() ?? new FairtradeOptions();

        var postgres = configuration.GetConnectionString("Postgres");
        if (options.Storage == StorageKind.Postgres)
        {
            Check(postgres, "Fairtrade__Storage=postgres needs ConnectionStrings__Postgres, an Npgsql connection string such as Host=db;Database=fairtrade;Username=fairtrade;Password=…",
                text => _ = new NpgsqlConnectionStringBuilder(text), "ConnectionStrings__Postgres");
        }

        var redis = configuration.GetConnectionString("Redis");
        if (options.Clustering == ClusteringKind.Redis)
        {
            if (options.Storage != StorageKind.Postgres)
            {
                throw new SettingException("Fairtrade__Clustering=redis needs Fairtrade__Storage=postgres: the silos of a cluster share their data.");
            }

            Check(redis, "Fairtrade__Clustering=redis needs ConnectionStrings__Redis, a StackExchange.Redis configuration such as redis:6379,password=…",
                text => _ = ConfigurationOptions.Parse(text), "ConnectionStrings__Redis");
        }

        if (!IPAddress.TryParse(options.AdvertisedAddress, out var advertised))
        {
            throw new SettingException($"Fairtrade__AdvertisedAddress is '{options.AdvertisedAddress}'; it must be an IP address that the other silos reach this one on.");
        }

        if (options.KnownProxyAddresses.FirstOrDefault(proxy => !IPAddress.TryParse(proxy, out _)) is { } notAddress)
        {
            throw new SettingException($"Fairtrade__KnownProxies holds '{notAddress}'; it lists IP addresses.");
        }

        if (options.PublicUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https")))
        {
            throw new SettingException($"Fairtrade__PublicUrl is '{url}'; it must be an absolute http or https URL.");
        }

        return new SiloSettings(options, postgres, redis, advertised);
    }

    private static void Choice<T>(IConfigurationSection section, string key) where T : struct, Enum
    {
        if (section[key] is { } value && !Enum.TryParse<T>(value, ignoreCase: true, out _))
        {
            throw new SettingException($"Fairtrade__{key} is '{value}'; it is one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}.");
        }
    }

    private static void Check(string? value, string missing, Action<string> parse, string setting)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new SettingException(missing);
        }

        try
        {
            parse(value);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or RedisException)
        {
            throw new SettingException($"{setting} cannot be read: {exception.Message}", exception);
        }
    }
}
