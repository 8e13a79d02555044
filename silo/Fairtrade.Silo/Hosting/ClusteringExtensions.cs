using System.Net;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Fairtrade.Silo.Hosting;

public static class ClusteringExtensions
{
    /// <summary>The Orleans service id: what silos and their stored reminders belong to, whatever the cluster.</summary>
    public const string ServiceId = "fairtrade";

    /// <summary>How this silo finds the others, and where the cluster keeps its reminders.</summary>
    public static ISiloBuilder UseFairtradeClustering(this ISiloBuilder silo, SiloSettings settings)
    {
        var options = settings.Options;
        silo.Configure<ReminderOptions>(reminders => reminders.MinimumReminderPeriod = options.ReminderCheckPeriod);
        if (options.Clustering == ClusteringKind.Localhost)
        {
            // One silo: the schedule registers its reminder again at each start, so memory is enough. Its ports take
            // connections from this machine only: nothing else has a reason to call them, and they ask no credentials.
            return silo
                .UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: ServiceId, clusterId: options.ClusterId)
                .Configure<EndpointOptions>(endpoints =>
                {
                    endpoints.SiloListeningEndpoint = new IPEndPoint(IPAddress.Loopback, options.SiloPort);
                    endpoints.GatewayListeningEndpoint = new IPEndPoint(IPAddress.Loopback, options.GatewayPort);
                })
                .UseInMemoryReminderService();
        }

        var redis = ConfigurationOptions.Parse(settings.Redis!);
        return silo
            .Configure<ClusterOptions>(cluster =>
            {
                cluster.ServiceId = ServiceId;
                cluster.ClusterId = options.ClusterId;
            })
            .ConfigureEndpoints(settings.AdvertisedAddress, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: false)
            .UseRedisClustering(clustering => clustering.ConfigurationOptions = redis)
            .UseRedisReminderService(reminders => reminders.ConfigurationOptions = redis)
            .Configure<ClusterMembershipOptions>(Failover.Configure)
            .Configure<SiloMessagingOptions>(Failover.Configure)
            .AddOutgoingGrainCallFilter<UnreachableSiloRetry>();
    }
}
