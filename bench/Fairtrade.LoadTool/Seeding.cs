using System.Diagnostics;
using Fairtrade.Abstractions;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Participants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Fairtrade.LoadTool;

/// <summary>
/// Fills a running silo with towns of participants, each with an approved declaration, through the grains (as an
/// Orleans client on the silo's gateway): what 2,500 towns of 100 would be, without 500,000 HTTP requests.
/// </summary>
internal static class Seeding
{
    private const int TownsAtOnce = 32;
    private static readonly ParticipantKind[] Kinds = [ParticipantKind.Retail, ParticipantKind.Retail, ParticipantKind.Catering, ParticipantKind.School, ParticipantKind.Club];

    public static async Task<int> RunAsync(int gatewayPort, int towns, int participants, string prefix)
    {
        using var host = Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .UseOrleansClient(client => client.UseLocalhostClustering(gatewayPort, serviceId: "fairtrade", clusterId: "fairtrade"))
            .Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IClusterClient>();

        var clock = Stopwatch.StartNew();
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(1, towns), new ParallelOptions { MaxDegreeOfParallelism = TownsAtOnce }, async (number, _) =>
        {
            await SeedTownAsync(grains, $"{prefix}-{number}", participants);
            if (Interlocked.Increment(ref done) % 100 == 0)
            {
                Console.Error.WriteLine($"{done} towns after {clock.Elapsed.TotalSeconds:F0} s");
            }
        });
        Console.WriteLine($"seeded {towns} towns of {participants} participants in {clock.Elapsed.TotalSeconds:F1} s");
        await host.StopAsync();
        return 0;
    }

    /// <summary>A spread of titles, as a campaign has them: a quarter each never awarded, held, due for renewal and lapsed.</summary>
    private static DateOnly? AwardedOn(string slug, DateOnly today) => (Number(slug) % 4) switch
    {
        0 => null,
        1 => today.AddMonths(-6),
        2 => today.AddMonths(-23),
        _ => today.AddMonths(-30),
    };

    private static int Number(string slug) => int.Parse(slug[(slug.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    private static async Task SeedTownAsync(IGrainFactory grains, string slug, int participants)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var town = grains.Town(slug);
        await town.CreateAsync(new TownProfile(slug, $"Town {slug}", TownKind.Town, 10_000 + (Number(slug) * 7_919 % 90_000), "de-town", AwardedOn(slug, today), null, default), "seed");
        for (var number = 1; number <= participants; number++)
        {
            var id = $"outlet-{number}";
            var kind = Kinds[number % Kinds.Length];
            var participant = grains.Participant(slug, id);
            var details = new ParticipantDetails(kind, $"Outlet {number}", $"Market street {number}", null, ["Kaffee", "Tee"], null, ListPublicly: true);
            await participant.CreateAsync(details, "de-town", "seed");
            await participant.SubmitEvidenceAsync(new EvidenceSubmission(
                id, EvidenceKind.Declaration, today.AddDays(-30), "seeded", "seed", EvidenceSource.Coordinator, Guid.NewGuid().ToString("N"), File: null));
        }
    }
}
