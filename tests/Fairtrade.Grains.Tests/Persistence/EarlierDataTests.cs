using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Fairtrade.Grains.Tests.Persistence;

/// <summary>
/// A database written before archiving and product changes had a day of their own (Fixtures/before-dated-history,
/// written on 2026-11-25 by commit e54640f): the town Dorsten, its council, steering group and press, and participants
/// of every kind, two of them archived, one whose products were cut to one. answers.json holds what that build
/// answered for each recorded day: the town's status and, for each participant, whether it counted and why not.
/// </summary>
public sealed class EarlierDataTests : IDisposable
{
    private const string Town = "dorsten";
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Persistence", "Fixtures", "before-dated-history");
    private static readonly DateTimeOffset Later = new(2027, 1, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private readonly TempDirectory _folder = new();
    private readonly JsonNode _answers = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixture, "answers.json")))!;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task EveryRecordedDayIsAnsweredAsTheEarlierVersionAnsweredIt()
    {
        await using var silo = await StartOnCopyAsync();

        foreach (var (day, expected) in _answers["statuses"]!.AsObject())
        {
            (await StatusAsync(silo, day)).ShouldBe(expected!.ToJsonString(), $"status on {day}");
        }

        foreach (var (day, participants) in _answers["participants"]!.AsObject())
        {
            foreach (var (id, expected) in participants!.AsObject())
            {
                var view = (await Participant(silo, id).GetAsync(DateOnly.Parse(day)))!;
                view.Qualifies.ShouldBe((bool)expected!["qualifies"]!, $"{id} on {day}");
                view.Reasons.ShouldBe(expected["reasons"]!.AsArray().Select(r => (string)r!).ToArray(), $"{id} on {day}");
            }
        }
    }

    private async Task<TestSilo> StartOnCopyAsync()
    {
        var database = _folder.File("fairtrade.db");
        File.Copy(Path.Combine(Fixture, "fairtrade.db"), database);
        return await TestSilo.StartAsync(database, new FakeTimeProvider(Later));
    }

    private static IParticipantGrain Participant(TestSilo silo, string id) => silo.Grains.GetGrain<IParticipantGrain>(GrainKeys.Participant(Town, id));

    /// <summary>The status as JSON, with only the fields the earlier version wrote: fields added since do not make it differ.</summary>
    private async Task<string> StatusAsync(TestSilo silo, string day)
    {
        var status = JsonSerializer.SerializeToNode(await silo.Grains.GetGrain<ITownGrain>(Town).GetStatusAsync(DateOnly.Parse(day)), Json)!;
        return Shaped(status, _answers["statuses"]![day])!.ToJsonString();
    }

    private static JsonNode? Shaped(JsonNode? actual, JsonNode? shape) => (actual, shape) switch
    {
        (JsonObject fields, JsonObject wanted) => new JsonObject(wanted.Select(field =>
            KeyValuePair.Create(field.Key, Shaped(fields[field.Key], field.Value)))),
        (JsonArray items, JsonArray wanted) when items.Count == wanted.Count => new JsonArray([.. items.Select((item, i) => Shaped(item, wanted[i]))]),
        _ => actual?.DeepClone(),
    };
}
